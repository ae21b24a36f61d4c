package org.cooplog.publisher.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads a JSON object to its end whatever its values: each value that cannot be read is noted on its field and left
 * empty, and when the outermost object has been read, {@link UnreadableValues} names every one of them with what was
 * read. Jackson asks {@link KeepReading} about most such values; a scalar its strict rules refuse outright (text for a
 * number, a number too large) is caught where it is read. What is not JSON at all still fails where it is found.
 */
public final class EveryValueRead {

    private EveryValueRead() {}

    /** The module that makes a mapper read so. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("every-value-read") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addHandler(new KeepReading());
            }
        };
        return module.setDeserializerModifier(new Modifier());
    }

    private static final class Modifier extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return deserializer instanceof BeanDeserializerBase
                    ? new ObjectRead(deserializer)
                    : new ScalarRead(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return new ScalarRead(deserializer);
        }
    }

    /** Keeps the path of the object being read and, for the outermost, answers every problem when it ends. */
    private static final class ObjectRead extends DelegatingDeserializer {

        ObjectRead(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ObjectRead(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Reading reading = Reading.of(context);
            if (reading != null) {
                reading.enter(JsonProblems.pathOf(parser));
                try {
                    return super.deserialize(parser, context);
                } finally {
                    reading.leave();
                }
            }
            reading = Reading.start(context);
            try {
                Object value = super.deserialize(parser, context);
                if (!reading.problems().isEmpty()) {
                    throw new UnreadableValues(parser, value, reading.problems());
                }
                return value;
            } finally {
                Reading.end(context);
            }
        }
    }

    /**
     * Notes a scalar value the strict rules refuse, within an object being read, and leaves it empty. A number too
     * large or too small to be read at all is reported with its field's own bound when the field has one, so that the
     * next attempt is not refused again for the bound.
     */
    private static final class ScalarRead extends DelegatingDeserializer {

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
