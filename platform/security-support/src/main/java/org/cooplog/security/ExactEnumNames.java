package org.cooplog.security;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * A choice is taken only by its exact name: Jackson would also take {@code "ONLINE "} with its blanks trimmed away,
 * which no form offers and which says the client is not sending what it means.
 */
final class ExactEnumNames extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config,
            JavaType type,
            BeanDescription.Supplier description,
            ValueDeserializer<?> deserializer) {
        return new Untrimmed(deserializer);
    }

    private static final class Untrimmed extends DelegatingDeserializer {

        Untrimmed(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Untrimmed(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String name = p.getString();
                if (!name.equals(name.strip())) {
                    return ctxt.handleWeirdStringValue(handledType(), name, "has blanks around the name");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
