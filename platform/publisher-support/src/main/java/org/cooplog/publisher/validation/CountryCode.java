package org.cooplog.publisher.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cooplog.publisher.problem.ErrorCode;

/** An ISO 3166-1 alpha-2 country code, in upper case (FR, KR, VN). Null is valid: pair with @NotNull. */
@Documented
@ReportedAs(ErrorCode.COUNTRY)
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {
    String message() default "must be an ISO 3166-1 alpha-2 country code in upper case, such as FR or KR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
