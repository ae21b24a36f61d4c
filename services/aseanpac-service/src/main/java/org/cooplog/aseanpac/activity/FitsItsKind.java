package org.cooplog.aseanpac.activity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.ReportedAs;

/**
 * Principals' and Secretariat meetings carry their number, because the Group and its reports know them by it
 * ("the 17th Secretariat meeting"); only a side workshop is held alongside another activity.
 */
@Documented
@ReportedAs(ErrorCode.REQUIRED)
@Constraint(validatedBy = FitsItsKindValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface FitsItsKind {
    String message() default "does not fit the kind of activity";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
