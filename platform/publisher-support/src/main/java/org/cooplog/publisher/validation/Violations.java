package org.cooplog.publisher.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.io.Serializable;
import java.util.List;
import org.cooplog.publisher.problem.ErrorCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation with its code, and the values or the bound that go with it, when they are more than the
 * constraint's {@link ReportedAs} says: a rule that checks several things, or a bound known only when it is checked.
 */
public final class Violations {

    private Violations() {}

    /** What a violation carries beside its message. */
    public record Detail(ErrorCode code, List<String> allowed, Long limit) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Detail {
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
        }
    }

    /**
     * Adds a violation with the given code and message on {@code property} of the validated object, or on the
     * validated value itself when {@code property} is null. The caller has disabled the default violation.
     */
    public static void report(ConstraintValidatorContext context, String property, String message, Detail detail) {
        HibernateConstraintValidatorContext coded = context.unwrap(HibernateConstraintValidatorContext.class);
        coded.withDynamicPayload(detail);
        var builder = coded.buildConstraintViolationWithTemplate(escaped(message));
        if (property == null) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
        coded.withDynamicPayload(null);
    }

    public static void report(ConstraintValidatorContext context, String property, ErrorCode code, String message) {
        report(context, property, message, new Detail(code, List.of(), null));
    }

    /** A message taken as it is written: braces and dollar signs would be read as a template's expressions. */
    private static String escaped(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
