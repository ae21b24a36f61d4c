package org.cooplog.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.cooplog.events.common.PartialDate;

/**
 * A field of one activity that a correction can name, what kind of value it takes and the value it has now: so a
 * form can offer the fields by name and start from the value to put right, and never asks for a path. Only what
 * the fold can set is listed: fields of the plan, the details and (once held) the outcome, inside records that are
 * present; a list of organisations is corrected by the API as a whole, not here.
 *
 * @param field the path a correction names, e.g. {@code plan.title}
 * @param optional whether the value may be emptied
 * @param choices for a choice, the values it may take
 * @param value the value now, in the API's plain form
 */
public record CorrectableField(String field, Kind kind, boolean optional, List<String> choices, Object value) {

    /** What kind of value a field takes. */
    public enum Kind {
        TEXT,
        /** A date as precisely as known: {@code 2021-10-18}, {@code 2021-10} or {@code 2021}. */
        DATE,
        WHOLE_NUMBER,
        YES_NO,
        CHOICE,
        /** A list of texts, such as the outcomes of a held activity. */
        LINES
    }

    private static final String PARTIAL_DATE = PartialDate.getClassSchema().getFullName();

    public CorrectableField {
        choices = List.copyOf(choices);
    }

    /** The fields of the activity a correction can name now; none once it was retracted. */
    public static List<CorrectableField> of(Activity activity) {
        List<CorrectableField> fields = new ArrayList<>();
        if (!LifecycleStep.CORRECT.allowedWhen(activity.status())) {
            return fields;
        }
        add("plan", activity.plan(), fields);
        add("details", activity.details(), fields);
        if (activity.outcome() != null) {
            add("outcome", activity.outcome(), fields);
        }
        return fields;
    }

    private static void add(String path, IndexedRecord record, List<CorrectableField> fields) {
        for (Schema.Field field : record.getSchema().getFields()) {
            if (field.name().equals("envelope")) {
                continue;
            }
            Schema schema = field.schema();
            boolean optional = schema.getType() == Schema.Type.UNION
                    && schema.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
            Schema type = optional
                    ? schema.getTypes().stream()
                            .filter(t -> t.getType() != Schema.Type.NULL)
                            .findFirst()
                            .orElseThrow()
                    : schema;
            String name = path + "." + field.name();
            Object value = record.get(field.pos());
            if (type.getType() == Schema.Type.RECORD && !type.getFullName().equals(PARTIAL_DATE)) {
                if (value != null) {
                    add(name, (IndexedRecord) value, fields);
                }
                continue;
            }
            Kind kind = kindOf(type);
            if (kind != null) {
                fields.add(new CorrectableField(
                        name,
                        kind,
                        optional,
                        kind == Kind.CHOICE ? type.getEnumSymbols() : List.of(),
                        AvroPlain.toPlain(schema, value)));
            }
        }
    }

    private static Kind kindOf(Schema type) {
        LogicalType logical = type.getLogicalType();
        return switch (type.getType()) {
            case RECORD -> Kind.DATE;
            case STRING -> logical == null ? Kind.TEXT : null;
            case INT, LONG -> logical == null ? Kind.WHOLE_NUMBER : null;
            case BOOLEAN -> Kind.YES_NO;
            case ENUM -> Kind.CHOICE;
            case ARRAY -> type.getElementType().getType() == Schema.Type.STRING ? Kind.LINES : null;
            default -> null;
        };
    }
}
