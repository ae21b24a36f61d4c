package org.cooplog.reporting.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.apec.ApecActivityPlanned;
import org.cooplog.events.aseanpac.AseanPacActivityPlanned;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.ogp.OgpActivityPlanned;
import org.cooplog.events.uncac.UncacActivityPlanned;
import org.cooplog.model.PartialDates;

/**
 * The repository's seeds/ written as events, as the publishers write them: each seed's plan, then its held outcome
 * when it has one. The JSON is read into the events' own schemas field by field, so a report over this log is a
 * report over the seeds.
 */
final class SeedLog {

    private static final Path SEEDS = Path.of("../../seeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> PLANNED = Map.of(
            "apec", ApecActivityPlanned.getClassSchema(),
            "aseanpac", AseanPacActivityPlanned.getClassSchema(),
            "bilateral", BilateralActivityPlanned.getClassSchema(),
            "ogp", OgpActivityPlanned.getClassSchema(),
            "uncac", UncacActivityPlanned.getClassSchema());

    private SeedLog() {}

    /** Every seed in the log, and the id each got: the seed's file name without its extension. */
    static LogFixture load() {
        LogFixture log = new LogFixture();
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String track = file.getParent().getFileName().toString();
                String id = track + "-" + file.getFileName().toString().replace(".json", "");
                JsonNode seed = JSON.readTree(file.toFile());
                log.add(id, e -> event(PLANNED.get(track), seed.get("activity"), e));
                for (JsonNode step : seed.path("lifecycle")) {
                    if (step.get("command").asText().equals("held")) {
                        log.add(id, e -> event(ActivityHeld.getClassSchema(), step.get("body"), e));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return log;
    }

    private static SpecificRecord event(Schema schema, JsonNode body, EventEnvelope envelope) {
        SpecificRecord event = (SpecificRecord) record(schema, body);
        event.put(schema.getField("envelope").pos(), envelope);
        return event;
    }

    private static Object record(Schema schema, JsonNode node) {
        if (schema.getFullName().equals(PartialDate.getClassSchema().getFullName())) {
            return PartialDates.parse(node.asText());
        }
        SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            JsonNode value = node.get(field.name());
            record.put(
                    field.pos(),
                    value == null || value.isNull()
                            ? field.hasDefaultValue() ? SpecificData.get().getDefaultValue(field) : null
                            : value(field.schema(), value));
        }
        return record;
    }

    private static Object value(Schema schema, JsonNode node) {
        return switch (schema.getType()) {
            case UNION ->
                value(
                        schema.getTypes().stream()
                                .filter(s -> s.getType() != Schema.Type.NULL)
                                .findFirst()
                                .orElseThrow(),
                        node);
            case RECORD -> record(schema, node);
            case ENUM -> SpecificData.get().createEnum(node.asText(), schema);
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                node.forEach(item -> items.add(value(schema.getElementType(), item)));
                yield items;
            }
            case INT -> node.asInt();
            case LONG -> node.asLong();
            case BOOLEAN -> node.asBoolean();
            default -> node.asText();
        };
    }
}
