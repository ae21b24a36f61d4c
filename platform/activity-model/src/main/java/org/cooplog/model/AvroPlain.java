package org.cooplog.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.cooplog.events.common.PartialDate;

/**
 * Avro values as plain JSON values (maps, lists, strings, numbers, booleans, null) and back, in the form people
 * read and write: dates as ISO text, partial dates as {@code 2021-09}, enums as their names, digests as hex, and
 * optional values as the value or null (no union wrapper). Used for the API's view of the log, for the old and new
 * values of corrections, and for exports.
 */
public final class AvroPlain {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTIAL_DATE = PartialDate.getClassSchema().getFullName();

    private AvroPlain() {}

    /** The plain form of an Avro value of the given schema. */
    public static Object toPlain(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        return switch (schema.getType()) {
            case UNION -> toPlain(branchOf(schema, value), value);
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) value;
                if (schema.getFullName().equals(PARTIAL_DATE)) {
                    yield PartialDates.format((PartialDate) SpecificData.get().deepCopy(schema, record));
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (Schema.Field field : schema.getFields()) {
                    fields.put(field.name(), toPlain(field.schema(), record.get(field.pos())));
                }
                yield fields;
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (Iterable<?>) value) {
                    items.add(toPlain(schema.getElementType(), item));
                }
                yield items;
            }
            case ENUM -> value.toString();
            case FIXED -> HexFormat.of().formatHex(((GenericFixed) value).bytes());
            case BYTES -> HexFormat.of().formatHex(bytes((ByteBuffer) value));
            case STRING -> value.toString();
            case INT -> value instanceof LocalDate date ? date.toString() : value;
            case LONG -> value instanceof Instant instant ? instant.toString() : value;
            default -> value;
        };
    }

    /**
     * The Avro value, in the types of the generated classes, for a plain value.
     *
     * @param path where the value is, for messages, e.g. {@code plan.starts}
     * @throws IllegalArgumentException saying what is wrong and where, when the value does not fit the schema
     */
    public static Object fromPlain(Schema schema, Object plain, String path) {
        switch (schema.getType()) {
            case UNION -> {
                if (plain == null) {
                    if (schema.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL)) {
                        return null;
                    }
                    throw new IllegalArgumentException(path + " may not be empty");
                }
                Schema branch = schema.getTypes().stream()
                        .filter(t -> t.getType() != Schema.Type.NULL)
                        .findFirst()
                        .orElseThrow();
                return fromPlain(branch, plain, path);
            }
            case NULL -> {
                if (plain != null) {
                    throw new IllegalArgumentException(path + " must be empty");
                }
                return null;
            }
            default -> {
                if (plain == null) {
                    throw new IllegalArgumentException(path + " may not be empty");
                }
            }
        }
        return switch (schema.getType()) {
            case RECORD -> record(schema, plain, path);
            case ARRAY -> {
                if (!(plain instanceof List<?> items)) {
                    throw new IllegalArgumentException(path + " must be a list");
                }
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    values.add(fromPlain(schema.getElementType(), items.get(i), path + "[" + i + "]"));
                }
                yield values;
            }
            case ENUM -> {
                if (!schema.getEnumSymbols().contains(String.valueOf(plain))) {
                    throw new IllegalArgumentException(
                            path + ": '" + plain + "' is not one of " + String.join(", ", schema.getEnumSymbols()));
                }
                yield SpecificData.get().createEnum(String.valueOf(plain), schema);
            }
            case STRING -> {
                if (!(plain instanceof String text)) {
                    throw new IllegalArgumentException(path + " must be text");
                }
                if (LogicalTypes.uuid().equals(schema.getLogicalType())) {
                    yield UUID.fromString(text);
                }
                yield text;
            }
            case INT -> {
                if (schema.getLogicalType() instanceof LogicalTypes.Date) {
                    try {
                        yield LocalDate.parse(String.valueOf(plain));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(path + " must be a date YYYY-MM-DD", e);
                    }
                }
                yield integral(plain, path).intValue();
            }
            case LONG -> {
                if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
                    try {
                        yield Instant.parse(String.valueOf(plain));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(
                                path + " must be an instant such as 2021-10-18T02:00:00Z", e);
                    }
                }
                yield integral(plain, path).longValue();
            }
            case BOOLEAN -> {
                if (!(plain instanceof Boolean flag)) {
                    throw new IllegalArgumentException(path + " must be true or false");
                }
                yield flag;
            }
            case DOUBLE, FLOAT -> {
                if (!(plain instanceof Number number)) {
                    throw new IllegalArgumentException(path + " must be a number");
                }
                yield schema.getType() == Schema.Type.DOUBLE ? number.doubleValue() : number.floatValue();
            }
            case FIXED -> SpecificData.get().createFixed(null, HexFormat.of().parseHex(String.valueOf(plain)), schema);
            default ->
                throw new IllegalArgumentException(path + ": values of type " + schema.getType() + " cannot be set");
        };
    }

    /** JSON text of a plain value. */
    public static String toJson(Object plain) {
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plain value: " + plain, e);
        }
    }

    /**
     * The plain value of JSON text.
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object fromJson(String json) {
        if (isPlainString(json)) {
            return json.substring(1, json.length() - 1);
        }
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Whether the JSON is a string literal with nothing to unescape, as most corrected values are: it is read without
     * a parser, which was a tenth of the cost of a replay.
     */
    private static boolean isPlainString(String json) {
        int last = json.length() - 1;
        if (last < 1 || json.charAt(0) != '"' || json.charAt(last) != '"') {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = json.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return false;
            }
        }
        return true;
    }

    private static Object record(Schema schema, Object plain, String path) {
        if (schema.getFullName().equals(PARTIAL_DATE)) {
            if (!(plain instanceof String text)) {
                throw new IllegalArgumentException(path + " must be a date written YYYY-MM-DD, YYYY-MM or YYYY");
            }
            try {
                return PartialDates.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        }
        if (!(plain instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(path + " must be an object");
        }
        for (Object name : fields.keySet()) {
            if (schema.getField(String.valueOf(name)) == null) {
                throw new IllegalArgumentException(path + "." + name + " is not a field");
            }
        }
        IndexedRecord record = (IndexedRecord) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            Object value;
            if (fields.containsKey(field.name())) {
                value = fromPlain(field.schema(), fields.get(field.name()), path + "." + field.name());
            } else if (field.hasDefaultValue()) {
                value = SpecificData.get()
                        .deepCopy(field.schema(), SpecificData.get().getDefaultValue(field));
            } else {
                throw new IllegalArgumentException(path + "." + field.name() + " is missing");
            }
            record.put(field.pos(), value);
        }
        return record;
    }

    private static Number integral(Object plain, String path) {
        if (plain instanceof Integer || plain instanceof Long) {
            return (Number) plain;
        }
        throw new IllegalArgumentException(path + " must be a whole number");
    }

    private static Schema branchOf(Schema union, Object value) {
        List<Schema> values = union.getTypes().stream()
                .filter(t -> t.getType() != Schema.Type.NULL)
                .toList();
        return values.size() == 1
                ? values.get(0)
                : union.getTypes().get(SpecificData.get().resolveUnion(union, value));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
