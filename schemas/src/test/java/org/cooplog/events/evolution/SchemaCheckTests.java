package org.cooplog.events.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTests {

    private static final String V1 = """
            {"type": "record", "name": "TrainingHeld", "namespace": "test",
             "fields": [
               {"name": "title", "type": "string"},
               {"name": "modality", "type": {"type": "enum", "name": "Modality", "symbols": ["IN_PERSON", "ONLINE", "OTHER"], "default": "OTHER"}}
             ]}""";

    @TempDir
    Path released;

    @Test
    void theRepositorysSchemasPassTheCheck() throws IOException {
        SchemaCheck check = new SchemaCheck(Path.of("released"), org.cooplog.events.EventTypes.all());
        assertThat(check.check()).isEmpty();
    }

    @Test
    void anOptionalFieldWithADefaultIsACompatibleChange() throws IOException {
        releaseV1();
        Schema v2 = parse(
                V1.replace(
                        "{\"name\": \"title\", \"type\": \"string\"}",
                        "{\"name\": \"title\", \"type\": \"string\"}, {\"name\": \"venue\", \"type\": [\"null\", \"string\"], \"default\": null}"));

        assertThat(new SchemaCheck(released, List.of(v2)).check()).isEmpty();
    }

    @Test
    void aNewEnumSymbolIsCompatibleBecauseEnumsHaveADefault() throws IOException {
        releaseV1();
        Schema v2 = parse(V1.replace("\"ONLINE\",", "\"ONLINE\", \"HYBRID\","));

        assertThat(new SchemaCheck(released, List.of(v2)).check()).isEmpty();
    }

    @Test
    void aRequiredFieldWithoutADefaultFailsTheCheck() throws IOException {
        releaseV1();
        Schema v2 = parse(V1.replace(
                "{\"name\": \"title\", \"type\": \"string\"}",
                "{\"name\": \"title\", \"type\": \"string\"}, {\"name\": \"participants\", \"type\": \"int\"}"));

        assertThat(new SchemaCheck(released, List.of(v2)).check())
                .singleElement()
                .asString()
                .contains("version 2 cannot read data written by version 1")
                .contains("participants");
    }

    @Test
    void aChangedFieldTypeFailsTheCheckInBothDirections() throws IOException {
        releaseV1();
        Schema v2 = parse(
                V1.replace("{\"name\": \"title\", \"type\": \"string\"}", "{\"name\": \"title\", \"type\": \"int\"}"));

        assertThat(new SchemaCheck(released, List.of(v2)).check()).hasSize(2);
    }

    @Test
    void anIncompatibilityWithAnyOlderVersionFailsNotOnlyWithTheLatest() throws IOException {
        releaseV1();
        Schema v2 = parse(
                V1.replace(
                        "{\"name\": \"title\", \"type\": \"string\"}",
                        "{\"name\": \"title\", \"type\": \"string\"}, {\"name\": \"venue\", \"type\": \"string\", \"default\": \"Hà Nội\"}"));
        new SchemaCheck(released, List.of(v2)).release();
        Schema v3 = parse(V1);

        assertThat(new SchemaCheck(released, List.of(v3)).check()).isEmpty();
        Schema v3Dropping = parse(
                V1.replace(
                        "{\"name\": \"title\", \"type\": \"string\"}",
                        "{\"name\": \"title\", \"type\": \"string\"}, {\"name\": \"venue\", \"type\": \"int\", \"default\": 0}"));
        assertThat(new SchemaCheck(released, List.of(v3Dropping)).check())
                .anySatisfy(problem -> assertThat(problem).contains("version 2"));
    }

    @Test
    void anEditedReleasedVersionFailsTheCheck() throws IOException {
        releaseV1();
        Path file = released.resolve("test.TrainingHeld/v1.avsc");
        Files.writeString(file, Files.readString(file).replace("\"IN_PERSON\", ", ""));

        assertThat(new SchemaCheck(released, List.of(parse(V1))).check())
                .anySatisfy(problem -> assertThat(problem).contains("was edited"));
    }

    @Test
    void aRemovedReleasedVersionFailsTheCheck() throws IOException {
        releaseV1();
        Files.delete(released.resolve("test.TrainingHeld/v1.avsc"));

        assertThat(new SchemaCheck(released, List.of(parse(V1))).check())
                .anySatisfy(problem -> assertThat(problem).contains("was removed"));
    }

    @Test
    void releaseWritesOnlyChangedTypes() throws IOException {
        assertThat(releaseV1()).containsExactly("test.TrainingHeld/v1.avsc");
        assertThat(new SchemaCheck(released, List.of(parse(V1))).release()).isEmpty();
    }

    private List<String> releaseV1() throws IOException {
        return new SchemaCheck(released, List.of(parse(V1))).release();
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
