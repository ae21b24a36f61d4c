package org.cooplog.uncac.activity;

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
 * A country review carries its review and no session, a body session carries its session and no review, and
 * nothing else carries a review: reports count reviews and sessions from these, so a mismatch would miscount.
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
