package org.cooplog.apec.activity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cooplog.events.apec.ApecActivityKind;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.ReportedAs;

/**
 * Comments to the Ministry of Foreign Affairs name the ministry that received them, as the source names it:
 * ministries merge and rename, so the kind alone does not say who it was. Reported on {@code addressee}, where the
 * person has to fix it.
 */
@Documented
@ReportedAs(ErrorCode.REQUIRED)
@Constraint(validatedBy = CommentsNameTheirAddressee.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface CommentsNameTheirAddressee {
    String message() default "must name who the comments go to when the kind is COMMENTS_TO_MOFA";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<CommentsNameTheirAddressee, ApecActivityRequest.Details> {

        @Override
        public boolean isValid(ApecActivityRequest.Details details, ConstraintValidatorContext context) {
            if (details == null || details.kind() != ApecActivityKind.COMMENTS_TO_MOFA || details.addressee() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("addressee")
                    .addConstraintViolation();
            return false;
        }
    }
}
