package org.cooplog.publisher.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cooplog.publisher.request.PartialDateValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What is wrong with a JSON value, said for the person who wrote it: by the field's path, a code, and the JSON type
 * the field takes, never by the Java type behind it or the parser's own words.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /**
     * Every value of a body that could not be read, each on its field.
     *
     * @param prefix put before each field's path, e.g. {@code outcome.}; empty for a whole request
     */
    public static List<FieldError> fieldErrors(DatabindException cause, String prefix) {
        if (cause instanceof UnreadableValues unreadable) {
            return unreadable.problems().stream()
                    .map(error -> error.under(prefix))
                    .toList();
        }
        return List.of(fieldError(cause, prefix));
    }

    /**
     * The first value of a body that could not be read.
     *
     * @param prefix put before the field's path, e.g. {@code outcome.}; empty for a whole request
     */
    public static FieldError fieldError(DatabindException cause, String prefix) {
        if (cause instanceof UnreadableValues unreadable) {
            return unreadable.problems().get(0).under(prefix);
        }
        String field = prefix + path(cause);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(
                    field,
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).toList());
        }
        if (cause instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException why) {
            return notInstantiated(field, instantiation.getType().getRawClass(), why);
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type == String.class && mismatch instanceof InvalidFormatException) {
                return new FieldError(field, ErrorCode.TEXT, "contains characters that cannot be shown");
            }
            Object written = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            return expected(field, type, written);
        }
        if (cause.getCause() instanceof InputCoercionException tooLarge) {
            return outOfRange(field, tooLarge);
        }
        return new FieldError(field, ErrorCode.INVALID, "has a value that cannot be read here");
    }

    /** A number too large for its field, named by where the parser was when it found so. */
    public static FieldError fieldError(InputCoercionException tooLarge) {
        return outOfRange(tooLarge.processor() == null ? "" : pathOf(tooLarge.processor()), tooLarge);
    }

    /** Why a request body could not be read at all, naming where when the JSON is broken. */
    public static String unreadableBody(Throwable cause) {
        if (cause == null) {
            return "The request has no body: send the request as a JSON object.";
        }
        if (cause instanceof StreamReadException broken && !(cause instanceof InputCoercionException)) {
            TokenStreamLocation where = broken.getLocation();
            return "The request body is not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ".";
        }
        if (cause instanceof MismatchedInputException) {
            return "The request body must be a JSON object { … } with the fields of the request.";
        }
        if (cause instanceof JacksonException) {
            return "The request body cannot be read as the JSON of this request.";
        }
        return "The request body cannot be read.";
    }

    static FieldError unknownField(String field, Collection<String> known) {
        return new FieldError(
                field,
                ErrorCode.UNKNOWN_FIELD,
                "is not a field of this request",
                known.stream().sorted().toList(),
                null);
    }

    /** A value that its type refused to be made of, with the type's own reason when it gives one. */
    static FieldError notInstantiated(String field, Class<?> type, Throwable problem) {
        Throwable why = problem instanceof IllegalArgumentException ? problem : problem.getCause();
        if (!(why instanceof IllegalArgumentException)) {
            return type == PartialDateValue.class
                    ? new FieldError(field, ErrorCode.DATE, "must be a date in quotes: " + PartialDateValue.FORMS)
                    : new FieldError(field, ErrorCode.INVALID, "has a value that cannot be read here");
        }
        return new FieldError(
                field, type == PartialDateValue.class ? ErrorCode.DATE : ErrorCode.INVALID, why.getMessage());
    }

    static FieldError outOfRange(String field, InputCoercionException cause) {
        boolean negative = isNegative(cause);
        Class<?> type = cause.getTargetType();
        long limit = type == Long.class || type == long.class
                ? (negative ? Long.MIN_VALUE : Long.MAX_VALUE)
                : (negative ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return negative
                ? new FieldError(field, ErrorCode.TOO_SMALL, "is a number too small for this field", List.of(), limit)
                : new FieldError(field, ErrorCode.TOO_LARGE, "is a number too large for this field", List.of(), limit);
    }

    private static boolean isNegative(InputCoercionException cause) {
        try {
            JsonParser parser = cause.processor();
            return parser != null
                    && parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getBigIntegerValue().signum() < 0;
        } catch (JacksonException closed) {
            return false;
        }
    }

    /**
     * The value given is not of the kind the field takes.
     *
     * @param written the text or number given, to quote for a choice; null when there is none to quote
     */
    static FieldError expected(String field, Class<?> type, Object written) {
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .toList();
            String quoted = written instanceof String value ? "'" + value + "' is not one of the allowed values; " : "";
            return new FieldError(
                    field, ErrorCode.ONE_OF, quoted + "must be one of the allowed values, in quotes", allowed, null);
        }
        if (isWholeNumber(type)) {
            return new FieldError(
                    field, ErrorCode.WHOLE_NUMBER, "must be a whole number, without quotes or a decimal" + " point");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return new FieldError(field, ErrorCode.NUMBER, "must be a number, without quotes");
        }
        if (type == PartialDateValue.class) {
            return new FieldError(field, ErrorCode.DATE, "must be a date in quotes: " + PartialDateValue.FORMS);
        }
        return new FieldError(field, ErrorCode.TYPE, "must be " + jsonType(type));
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == java.math.BigInteger.class;
    }

    private static String jsonType(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false, without quotes";
        }
        if (type == String.class) {
            return "text, in quotes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { … }";
        }
        return "a value of another kind";
    }

    /** The path of the value the parser is at: of the property or element it starts, not of what is inside it. */
    static String pathOf(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
            context = context.getParent();
        }
        List<String> parts = new ArrayList<>();
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.add("[" + context.getCurrentIndex() + "]");
            } else if (context.currentName() != null) {
                parts.add("." + context.currentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    static String path(DatabindException cause) {
        StringBuilder path = new StringBuilder();
        for (var reference : cause.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
