package org.cooplog.publisher.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
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
import org.cooplog.publisher.request.PartialDateValue;

/**
 * A date the department's log can hold: not before {@value #EARLIEST_YEAR}, before its first records, and not
 * further ahead than a plan reaches ({@value #YEARS_AHEAD} years after this one). Something that has already
 * happened, such as an activity recorded as held or an assessment, is also not after today in Viet Nam
 * (Asia/Ho_Chi_Minh).
 */
@Documented
@ReportedAs(ErrorCode.IMPLAUSIBLE_DATE)
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    int EARLIEST_YEAR = 1990;
    int YEARS_AHEAD = 5;

    /** The bounds of a planned date, as the API description states them. */
    String PLANNED = PartialDateValue.FORMS + "; from 1990 (before the department's first records) to at most five"
            + " years after the current year; anything else is refused with 400.";

    /** The bounds of a date of something that has happened, as the API description states them. */
    String HAPPENED = PartialDateValue.FORMS + "; from 1990, and not after today in Viet Nam (Asia/Ho_Chi_Minh):"
            + " it has already happened; anything else is refused with 400.";

    /** Whether the date is of something that has already happened. */
    boolean past() default false;

    String message() default "is not a plausible date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
