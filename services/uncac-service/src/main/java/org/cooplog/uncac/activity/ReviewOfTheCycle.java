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
 * The chapters are those the review's cycle covers (cycle 1: III and IV; cycle 2: II and V), each once, and the
 * counterpart is another State: Viet Nam neither reviews itself nor is reviewed by itself.
 */
@Documented
@ReportedAs(ErrorCode.ONE_OF)
@Constraint(validatedBy = ReviewOfTheCycleValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface ReviewOfTheCycle {
    String message() default "is not a review of its cycle";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
