package org.cooplog.publisher.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cooplog.publisher.problem.ErrorCode;

/**
 * The end of a {@link DatedRange} is not before its start. Dates of different precision compare by the days they
 * may stand for: "2021-10" may end "2021-10-05" but "2021-10-22" may not end "2021-09".
 */
@Documented
@ReportedAs(ErrorCode.END_BEFORE_START)
@Constraint(validatedBy = EndNotBeforeStartValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EndNotBeforeStart {
    String message() default "must not be before the start";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
