package org.cooplog.publisher.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.cooplog.publisher.problem.ErrorCode;

/**
 * The code a constraint of ours reports its violations with, so a client can say it in its own words. Its
 * validator may report a violation with another code, and the values or bound that go with it, through
 * {@link Violations}.
 */
@Documented
@Target(ANNOTATION_TYPE)
@Retention(RUNTIME)
public @interface ReportedAs {
    ErrorCode value();
}
