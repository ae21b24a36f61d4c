package org.cooplog.publisher.problem;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
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
}
