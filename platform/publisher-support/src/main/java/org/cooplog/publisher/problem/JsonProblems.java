package org.cooplog.publisher.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.request.UnshowableTextException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What is wrong with a JSON value, said for the person who wrote it: by the field's path and the JSON type it takes,
 * never by the Java type behind it or the parser's own words.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /**
     * @param prefix put before the field's path, e.g. {@code outcome.}; empty for a whole request
     */
    public static FieldError fieldError(DatabindException cause, String prefix) {
        String field = prefix + path(cause);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(
                    field,
                    "is not a field of this request",
                    unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .toList());
        }
        if (cause instanceof UnshowableTextException text) {
            return new FieldError(field, text.getOriginalMessage());
        }
        if (cause instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException why) {
            return new FieldError(field, why.getMessage());
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                List<String> allowed = Arrays.stream(type.getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name())
                        .toList();
                String written =
                        mismatch instanceof InvalidFormatException invalid && invalid.getValue() instanceof String value
                                ? "'" + value + "' is not one of the allowed values; "
                                : "";
                return new FieldError(field, written + "must be one of the allowed values, in quotes", allowed);
            }
            return new FieldError(field, "must be " + jsonType(type));
        }
        if (cause.getCause() instanceof InputCoercionException) {
            return new FieldError(field, "is a number too large for this field");
        }
        return new FieldError(field, "has a value that cannot be read here");
    }

    /** A number too large for its field, named by where the parser was when it found so. */
    public static FieldError fieldError(InputCoercionException tooLarge) {
        String field = tooLarge.processor() == null
                ? ""
                : tooLarge.processor()
                        .streamReadContext()
                        .pathAsPointer()
                        .toString()
                        .substring(1)
                        .replace('/', '.');
        return new FieldError(field, "is a number too large for this field");
    }

    /** Why a request body could not be read at all, naming where when the JSON is broken. */
    public static String unreadableBody(Throwable cause) {
        if (cause == null) {
            return "The request has no body: send the request as a JSON object.";
        }
        if (cause instanceof StreamReadException broken) {
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

    private static String jsonType(Class<?> type) {
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "a whole number, without quotes or a decimal point";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number, without quotes";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false, without quotes";
        }
        if (type == String.class) {
            return "text, in quotes";
        }
        if (type == PartialDateValue.class) {
            return "a date in quotes: YYYY-MM-DD, YYYY-MM or YYYY";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { … }";
        }
        return "a value of another kind";
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
