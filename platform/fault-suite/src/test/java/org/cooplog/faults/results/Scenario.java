package org.cooplog.faults.results;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test as one scenario of the reliability table in {@code docs/reliability.md}; the test records its
 * figures in the {@link Figures} it is handed, and the row is written after the run with the test's outcome.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ResultsExtension.class)
public @interface Scenario {

    /** The scenario's number in the table. */
    int value();

    /** What goes wrong, in a few words. */
    String title();
}
