package org.cooplog.publisher.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Notes a scalar value the strict rules refuse, within an object being read, and leaves it empty. A number too
 * large or too small to be read at all is reported with its field's own bound when the field has one, so that the
 * next attempt is not refused again for the bound.
 */
final class ScalarRead extends DelegatingDeserializer {

    private final Bounds bounds;

    ScalarRead(ValueDeserializer<?> delegate) {
        this(delegate, Bounds.NONE);
    }

    private ScalarRead(ValueDeserializer<?> delegate, Bounds bounds) {
        super(delegate);
        this.bounds = bounds;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new ScalarRead(delegate, bounds);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        ValueDeserializer<?> contextual = super.createContextual(context, property);
        Bounds of = Bounds.of(property);
        return of.equals(bounds) || !(contextual instanceof ScalarRead read)
                ? contextual
                : new ScalarRead(read.getDelegatee(), of);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Reading reading = Reading.of(context);
        if (reading == null
                || parser.currentToken() == null
                || !parser.currentToken().isScalarValue()) {
            return super.deserialize(parser, context);
        }
        String field = JsonProblems.pathOf(parser);
        try {
            return super.deserialize(parser, context);
        } catch (InputCoercionException tooLarge) {
            reading.add(bounds.applied(JsonProblems.outOfRange(field, tooLarge)));
        } catch (MismatchedInputException refused) {
            reading.add(JsonProblems.fieldError(refused, field));
        }
        return null;
    }

    /** The smallest and largest number a field takes, by its constraints; null where it states none. */
    private record Bounds(Long min, Long max) {

        static final Bounds NONE = new Bounds(null, null);

        static Bounds of(BeanProperty property) {
            if (property == null) {
                return NONE;
            }
            Min min = property.getAnnotation(Min.class);
            Max max = property.getAnnotation(Max.class);
            boolean notNegative = property.getAnnotation(PositiveOrZero.class) != null;
            boolean positive = property.getAnnotation(Positive.class) != null;
            return new Bounds(
                    min != null
                            ? Long.valueOf(min.value())
                            : positive ? Long.valueOf(1) : notNegative ? Long.valueOf(0) : null,
                    max == null ? null : max.value());
        }

        FieldError applied(FieldError outOfRange) {
            Long bound = outOfRange.code() == ErrorCode.TOO_LARGE ? max : min;
            return bound == null
                    ? outOfRange
                    : new FieldError(outOfRange.field(), outOfRange.code(), outOfRange.message(), List.of(), bound);
        }
    }
}
