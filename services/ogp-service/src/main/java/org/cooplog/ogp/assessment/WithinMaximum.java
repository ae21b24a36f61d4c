package org.cooplog.ogp.assessment;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.ReportedAs;
import org.cooplog.publisher.validation.Violations;

/**
 * Neither the score nor the points required exceed the maximum: "8 of 16, 12 needed" is a reading of the scale, and
 * a report that tracks the score over time compares them. Each is reported on its own field, where the person has to
 * fix it; an invalid maximum is left to its own constraint.
 */
@Documented
@ReportedAs(ErrorCode.TOO_LARGE)
@Constraint(validatedBy = WithinMaximum.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface WithinMaximum {
    String message() default "must not be more than the maximum";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WithinMaximum, EligibilityAssessmentRequest> {

        @Override
        public boolean isValid(EligibilityAssessmentRequest request, ConstraintValidatorContext context) {
            if (request == null || request.maximum() == null || request.maximum() < 1) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean scoreFits = fits(request.score(), request.maximum(), "score", context);
            boolean requiredFits = fits(request.required(), request.maximum(), "required", context);
            return scoreFits && requiredFits;
        }

        private static boolean fits(Integer points, int maximum, String field, ConstraintValidatorContext context) {
            if (points == null || points <= maximum) {
                return true;
            }
            Violations.report(
                    context,
                    field,
                    "must not be more than the maximum, " + maximum,
                    new Violations.Detail(ErrorCode.TOO_LARGE, List.of(), (long) maximum));
            return false;
        }
    }
}
