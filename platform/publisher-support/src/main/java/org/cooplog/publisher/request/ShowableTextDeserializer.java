package org.cooplog.publisher.request;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads every text field of a request: only a JSON string is text (a number or {@code true} is refused, not
 * converted), and the string must keep {@link ShowableText}'s rule. Registered for {@code String}, so no field of any
 * track's request can be left out. A text that breaks the rule is reported as a weird string value, so that it is
 * noted with the request's other mistakes rather than ending the reading. A field is multi-line when it is marked {@link MultiLine}, or when its place is
 * not known (a value of any type, as a correction's new value, which is checked again in its field).
 */
public final class ShowableTextDeserializer extends StdScalarDeserializer<String> {

    private final boolean multiLine;

    public ShowableTextDeserializer() {
        this(true);
    }

    private ShowableTextDeserializer(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        boolean lines = property == null || property.getAnnotation(MultiLine.class) != null;
        return lines == multiLine ? this : new ShowableTextDeserializer(lines);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getString();
        var problem = ShowableText.problemIn(text, multiLine);
        if (problem.isPresent()) {
            return (String) ctxt.handleWeirdStringValue(
                    String.class, text, problem.get().en());
        }
        return text;
    }
}
