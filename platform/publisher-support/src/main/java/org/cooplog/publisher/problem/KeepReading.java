package org.cooplog.publisher.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Notes a value that cannot be read and lets reading go on with the value left empty, so that one answer can name
 * every mistake of a body. A value at the top of the body, which is no field, is left to fail as before: such a body
 * is not a request at all.
 */
final class KeepReading extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext context,
            JsonParser parser,
            ValueDeserializer<?> deserializer,
            Object beanOrClass,
            String name) {
        Reading reading = Reading.of(context);
        if (reading == null) {
            return false;
        }
        reading.add(JsonProblems.unknownField(
                reading.field(name),
                deserializer.getKnownPropertyNames().stream()
                        .map(String::valueOf)
                        .toList()));
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(
            DeserializationContext context, Class<?> targetType, String value, String failureMessage) {
        Reading reading = Reading.of(context);
        String field = JsonProblems.pathOf(context.getParser());
        if (reading == null || field.isEmpty()) {
            return NOT_HANDLED;
        }
        reading.add(
                targetType == String.class
                        ? new FieldError(field, ErrorCode.TEXT, failureMessage)
                        : JsonProblems.expected(field, targetType, value));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(
            DeserializationContext context, Class<?> targetType, Number value, String failureMessage) {
        return noted(context, context.getParser(), targetType);
    }

    @Override
    public Object handleUnexpectedToken(
            DeserializationContext context,
            JavaType targetType,
            JsonToken token,
            JsonParser parser,
            String failureMessage) {
        return noted(context, parser, targetType.getRawClass());
    }

    @Override
    public Object handleMissingInstantiator(
            DeserializationContext context,
            Class<?> instanceClass,
            ValueInstantiator instantiator,
            JsonParser parser,
            String message) {
        return noted(context, parser, instanceClass);
    }

    @Override
    public Object handleInstantiationProblem(
            DeserializationContext context, Class<?> instanceClass, Object argument, Throwable problem) {
        Reading reading = Reading.of(context);
        String field = JsonProblems.pathOf(context.getParser());
        if (reading == null || field.isEmpty()) {
            return NOT_HANDLED;
        }
        reading.add(JsonProblems.notInstantiated(field, instanceClass, problem));
        return null;
    }

    /** A value of the wrong kind for its field, skipped whole. */
    private static Object noted(DeserializationContext context, JsonParser parser, Class<?> type) {
        Reading reading = Reading.of(context);
        String field = JsonProblems.pathOf(parser);
        if (reading == null || field.isEmpty()) {
            return NOT_HANDLED;
        }
        reading.add(JsonProblems.expected(
                field, type, parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : null));
        parser.skipChildren();
        return null;
    }
}
