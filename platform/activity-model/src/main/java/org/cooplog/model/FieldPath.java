package org.cooplog.model;

import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * A dotted path to a field inside a record, such as {@code venue.city}: what corrections name. Navigation goes
 * through records and through optional records that are present.
 */
public record FieldPath(List<String> names) {

    public FieldPath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a field path names at least one field");
        }
    }

    public static FieldPath parse(String dotted) {
        return new FieldPath(Arrays.asList(dotted.split("\\.", -1)));
    }

    /**
     * The schema of the field at this path.
     *
     * @throws IllegalArgumentException when the record has no such field
     */
    public Schema schemaIn(Schema record) {
        Schema current = record;
        for (int i = 0; i < names.size(); i++) {
            Schema recordSchema = nonNull(current);
            Schema.Field field =
                    recordSchema.getType() == Schema.Type.RECORD ? recordSchema.getField(names.get(i)) : null;
            if (field == null) {
                throw new IllegalArgumentException(
                        "'" + String.join(".", names.subList(0, i + 1)) + "' is not a field");
            }
            current = field.schema();
        }
        return current;
    }

    /** The value at this path, or null when it or a record on the way is empty. */
    public Object valueIn(IndexedRecord record) {
        Object current = record;
        for (String name : names) {
            if (current == null) {
                return null;
            }
            IndexedRecord at = (IndexedRecord) current;
            current = at.get(at.getSchema().getField(name).pos());
        }
        return current;
    }

    /**
     * A copy of the record with the value at this path replaced. Only the records on the path are copied; everything
     * else is shared with the original, which stays as it was: the fold never changes a record it has handed on, and a
     * deep copy of the whole plan for every correction was most of the cost of a replay.
     *
     * @throws IllegalArgumentException when a record on the way is empty, so the field has nowhere to go
     */
    @SuppressWarnings("unchecked")
    public <T extends IndexedRecord> T setIn(T record, Object value) {
        T copy = (T) shallowCopy(record);
        IndexedRecord parent = copy;
        for (int i = 0; i < names.size() - 1; i++) {
            int pos = parent.getSchema().getField(names.get(i)).pos();
            Object child = parent.get(pos);
            if (child == null) {
                throw new IllegalArgumentException(
                        "'" + String.join(".", names.subList(0, i + 1)) + "' is empty: correct it as a whole instead");
            }
            IndexedRecord childCopy = shallowCopy((IndexedRecord) child);
            parent.put(pos, childCopy);
            parent = childCopy;
        }
        parent.put(parent.getSchema().getField(names.get(names.size() - 1)).pos(), value);
        return copy;
    }

    private static IndexedRecord shallowCopy(IndexedRecord record) {
        Schema schema = record.getSchema();
        IndexedRecord copy = (IndexedRecord) SpecificData.getForSchema(schema).newRecord(null, schema);
        for (int i = 0; i < schema.getFields().size(); i++) {
            copy.put(i, record.get(i));
        }
        return copy;
    }

    @Override
    public String toString() {
        return String.join(".", names);
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream()
                .filter(t -> t.getType() != Schema.Type.NULL)
                .findFirst()
                .orElse(schema);
    }
}
