package org.cooplog.publisher.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cooplog.publisher.validation.ReportedAs;
import org.cooplog.publisher.validation.Violations;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The code of every broken rule: the Jakarta constraints by their kind and bounds, ours by {@link ReportedAs} or
 * what their validator reported through {@link Violations}. A constraint with neither is {@link ErrorCode#INVALID},
 * which a client can only show as the English message; a test keeps every constraint in use out of it.
 */
public final class ConstraintCodes {

    /** A pattern that is a plain list of alternatives, such as {@code BN|ID|KH}, whose alternatives can be listed. */
    private static final java.util.regex.Pattern ALTERNATIVES =
            java.util.regex.Pattern.compile("[\\p{Alnum}_]+(?:\\|[\\p{Alnum}_]+)+");

    private static final Map<Class<? extends Annotation>, ErrorCode> CODES = Map.ofEntries(
            Map.entry(NotNull.class, ErrorCode.REQUIRED),
            Map.entry(NotBlank.class, ErrorCode.REQUIRED),
            Map.entry(NotEmpty.class, ErrorCode.REQUIRED),
            Map.entry(Size.class, ErrorCode.TOO_LONG),
            Map.entry(Min.class, ErrorCode.TOO_SMALL),
            Map.entry(DecimalMin.class, ErrorCode.TOO_SMALL),
            Map.entry(Positive.class, ErrorCode.TOO_SMALL),
            Map.entry(PositiveOrZero.class, ErrorCode.TOO_SMALL),
            Map.entry(Max.class, ErrorCode.TOO_LARGE),
            Map.entry(DecimalMax.class, ErrorCode.TOO_LARGE),
            Map.entry(Negative.class, ErrorCode.TOO_LARGE),
            Map.entry(NegativeOrZero.class, ErrorCode.TOO_LARGE),
            Map.entry(Pattern.class, ErrorCode.ONE_OF));

    private ConstraintCodes() {}

    /**
     * The code violations of a constraint are reported with, {@link ErrorCode#INVALID} for one that has none. A
     * {@code @Size} is {@link ErrorCode#TOO_LONG} here; on a list it reports {@link ErrorCode#TOO_MANY}.
     */
    public static ErrorCode codeOf(Class<? extends Annotation> constraint) {
        ErrorCode code = CODES.get(constraint);
        if (code != null) {
            return code;
        }
        ReportedAs reported = constraint.getAnnotation(ReportedAs.class);
        return reported == null ? ErrorCode.INVALID : reported.value();
    }

    /**
     * @param prefix put before the violation's path, e.g. {@code outcome.}; empty for a whole request
     */
    public static FieldError fieldError(ConstraintViolation<?> violation, String prefix) {
        String field = prefix + path(violation.getPropertyPath());
        if (field.isEmpty()) {
            field = "request";
        }
        Violations.Detail reported = violation instanceof HibernateConstraintViolation<?> hibernate
                ? hibernate.getDynamicPayload(Violations.Detail.class)
                : null;
        if (reported != null) {
            return new FieldError(field, reported.code(), violation.getMessage(), reported.allowed(), reported.limit());
        }
        Annotation rule = violation.getConstraintDescriptor().getAnnotation();
        String message = violation.getMessage();
        if (rule instanceof Size size) {
            ErrorCode code =
                    violation.getInvalidValue() instanceof Collection<?> ? ErrorCode.TOO_MANY : ErrorCode.TOO_LONG;
            return new FieldError(field, code, message, List.of(), (long) size.max());
        }
        Long limit = limitOf(rule);
        if (limit != null) {
            return new FieldError(field, codeOf(rule.annotationType()), message, List.of(), limit);
        }
        if (rule instanceof Pattern pattern
                && ALTERNATIVES.matcher(pattern.regexp()).matches()) {
            List<String> allowed =
                    Arrays.stream(pattern.regexp().split("\\|")).sorted().toList();
            return new FieldError(field, ErrorCode.ONE_OF, message, allowed, null);
        }
        return new FieldError(field, codeOf(rule.annotationType()), message);
    }

    /** The bound of a rule on a number, or null for another rule. */
    private static Long limitOf(Annotation rule) {
        if (rule instanceof Min min) {
            return min.value();
        }
        if (rule instanceof Max max) {
            return max.value();
        }
        if (rule instanceof DecimalMin min) {
            return new BigDecimal(min.value()).longValue();
        }
        if (rule instanceof DecimalMax max) {
            return new BigDecimal(max.value()).longValue();
        }
        if (rule instanceof PositiveOrZero || rule instanceof NegativeOrZero) {
            return 0L;
        }
        if (rule instanceof Positive) {
            return 1L;
        }
        if (rule instanceof Negative) {
            return -1L;
        }
        return null;
    }

    /**
     * The violation's path as the request body writes it: {@code plan.partners[0].country}, without the names the
     * validator gives the elements of a list ({@code <list element>}).
     */
    static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(node.getName());
            }
        }
        return text.toString();
    }
}
