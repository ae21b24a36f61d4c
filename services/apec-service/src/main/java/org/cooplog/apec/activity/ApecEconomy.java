package org.cooplog.apec.activity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.ReportedAs;
import org.cooplog.publisher.validation.Violations;

/**
 * The ISO 3166-1 alpha-2 code of one of the 21 APEC member economies: only a member hosts an APEC year, so any
 * other country code is a mistake. Hong Kong, China is HK and Chinese Taipei is TW. Null is valid.
 */
@Documented
@ReportedAs(ErrorCode.ONE_OF)
@Constraint(validatedBy = ApecEconomy.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@interface ApecEconomy {
    String message() default "must be the ISO 3166-1 alpha-2 code of an APEC member economy, such as NZ or VN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ApecEconomy, String> {

        static final Set<String> MEMBERS = Set.of(
                "AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY", "MX", "NZ", "PG", "PE", "PH", "RU", "SG",
                "TW", "TH", "US", "VN");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || MEMBERS.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Violations.report(
                    context,
                    null,
                    context.getDefaultConstraintMessageTemplate(),
                    new Violations.Detail(
                            ErrorCode.ONE_OF, MEMBERS.stream().sorted().toList(), null));
            return false;
        }
    }
}
