package org.cooplog.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Sha256;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.model.PartialDates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An activity planned, corrected and held, as the auditor replays it from the log: its history, as of two instants,
 * and exported; and the history of activities beside whose genuine events a forged one was written.
 */
@KafkaIntegrationTest
class HistoryIntegrationTests {

    private static final Instant PLANNED_AT = Instant.parse("2021-09-20T03:00:00Z");
    private static final Instant CORRECTED_AT = Instant.parse("2021-10-05T03:00:00Z");
    private static final Instant HELD_AT = Instant.parse("2021-10-19T09:30:00Z");

    private static TestLog log;
    private static TestLog.Activity workshop;

    @BeforeAll
    static void plannedCorrectedHeld() {
        log = new TestLog();
        workshop = log.activity()
                .planned("Hội thảo về phòng ngừa tham nhũng", "2021-10-18", PLANNED_AT)
                .then(
                        CORRECTED_AT,
                        e -> new ActivityCorrected(
                                e,
                                "plan.title",
                                "\"Hội thảo về phòng ngừa tham nhũng\"",
                                "\"Hội thảo trực tuyến về phòng ngừa tham nhũng với AFA\"",
                                "Tên hội thảo ghi thiếu đối tác"))
                .then(
                        HELD_AT,
                        e -> ActivityHeld.newBuilder()
                                .setEnvelope(e)
                                .setStarts(PartialDates.parse("2021-10-18"))
                                .setModality(Modality.ONLINE)
                                .setOutcomes(List.of("Hai bên trao đổi kinh nghiệm về kiểm soát xung đột lợi ích"))
                                .build());
    }

    @AfterAll
    static void close() {
        log.close();
    }

    @Test
    void historyListsEveryEventWithWhoWhenWhatAndItsHash() {
        Audit text = Audit.run("history", workshop.id());
        Audit json = Audit.run("history", workshop.id(), "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out())
                .contains("History of " + workshop.id() + ": 3 event(s)")
                .contains("v1  BilateralActivityPlanned")
                .contains("recorded 2021-09-20T03:00:00Z by desk.bilateral via bilateral-service")
                .contains("corrected plan.title: \"Hội thảo về phòng ngừa tham nhũng\" -> "
                        + "\"Hội thảo trực tuyến về phòng ngừa tham nhũng với AFA\"")
                .contains("reason: Tên hội thảo ghi thiếu đối tác")
                .doesNotContain("DOES NOT");
        JsonNode events = json.json().get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(events.get(1).get("correction").get("field").asText()).isEqualTo("plan.title");
        assertThat(events.get(2).get("eventType").asText()).isEqualTo("ActivityHeld");
        assertThat(events.get(2).get("previousHash").asText())
                .isEqualTo(events.get(1).get("hash").asText());
        assertThat(events.get(2).get("offset").asLong())
                .isEqualTo(workshop.last().offset());
    }

    @Test
    void aForgedRecordWrittenBeforeTheGenuineVersionIsTheOneThatDoesNotChain() {
        TestLog.Activity activity = log.activity().planned("Hội thảo về liêm chính", "2021-11-08", PLANNED_AT);
        RecordMetadata planned = activity.last();
        EventEnvelope chainedToNothing = activity.next(CORRECTED_AT);
        chainedToNothing.setPreviousHash(new Sha256(new byte[32]));
        RecordMetadata forged = log.send(
                activity.id(),
                EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(chainedToNothing, "giả mạo"))));
        activity.then(CORRECTED_AT, e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));
        RecordMetadata genuine = activity.last();

        Audit text = Audit.run("history", activity.id());
        Audit json = Audit.run("history", activity.id(), "--json");

        assertThat(chainedByOffset(json))
                .containsExactly(
                        entry(planned.offset(), true), entry(forged.offset(), false), entry(genuine.offset(), true));
        assertThat(textOf(text, forged)).contains("DOES NOT CHAIN TO THE EVENT BEFORE");
        assertThat(textOf(text, genuine)).contains("sealed ok  chained ok");
    }

    @Test
    void aForgedRecordWrittenAfterTheGenuineVersionIsTheOneThatDoesNotChainAndTheNextVersionStillChains() {
        TestLog.Activity activity = log.activity().planned("Hội thảo về liêm chính", "2021-11-08", PLANNED_AT);
        RecordMetadata planned = activity.last();
        EventEnvelope besideVersionTwo = activity.next(CORRECTED_AT);
        activity.then(
                CORRECTED_AT,
                e -> new ActivityCorrected(
                        e,
                        "plan.title",
                        "\"Hội thảo về liêm chính\"",
                        "\"Hội thảo trực tuyến về liêm chính\"",
                        "Sai tên"));
        RecordMetadata genuine = activity.last();
        RecordMetadata forged = log.send(
                activity.id(),
                EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(besideVersionTwo, "giả mạo"))));
        activity.then(HELD_AT, e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));
        RecordMetadata after = activity.last();

        Audit text = Audit.run("history", activity.id());
        Audit json = Audit.run("history", activity.id(), "--json");

        assertThat(chainedByOffset(json))
                .containsExactly(
                        entry(planned.offset(), true),
                        entry(genuine.offset(), true),
                        entry(forged.offset(), false),
                        entry(after.offset(), true));
        assertThat(textOf(text, forged)).contains("v2  ActivityCancelled", "DOES NOT CHAIN TO THE EVENT BEFORE");
        assertThat(textOf(text, genuine)).contains("sealed ok  chained ok");
        assertThat(textOf(text, after)).contains("v3  ActivityCancelled", "sealed ok  chained ok");
    }

    @Test
    void historyOfAnActivityTheLogDoesNotHaveSaysSoAndFails() {
        Audit audit = Audit.run("history", "bilateral-không-có");

        assertThat(audit.exitCode()).isEqualTo(1);
        assertThat(audit.out()).contains("No events of bilateral-không-có in the log.");
    }

    /** Whether each event chains, by its offset, in the order the tool lists them. */
    private static Map<Long, Boolean> chainedByOffset(Audit json) {
        Map<Long, Boolean> chained = new LinkedHashMap<>();
        json.json()
                .get("events")
                .forEach(e ->
                        chained.put(e.get("offset").asLong(), e.get("chained").asBoolean()));
        return chained;
    }

    /** The lines the tool prints for the event at a record's position. */
    private static String textOf(Audit text, RecordMetadata record) {
        String position = "(" + record.topic() + "-" + record.partition() + "@" + record.offset() + ")";
        return Arrays.stream(text.out().split("\\R\\R"))
                .filter(block -> block.contains(position))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event at " + position + " in " + text.out()));
    }

    @Test
    void asOfBeforeTheCorrectionShowsTheOldValueAndAfterItTheNew() {
        JsonNode before = Audit.run("as-of", "2021-10-01T00:00:00Z", "--activity", workshop.id(), "--json")
                .json()
                .get("activities")
                .get(0);
        JsonNode after = Audit.run("as-of", "2021-10-10T00:00:00Z", "--activity", workshop.id(), "--json")
                .json()
                .get("activities")
                .get(0);
        Audit beforePlanned = Audit.run("as-of", "2021-09-01T00:00:00Z", "--activity", workshop.id());

        assertThat(before.get("plan").get("title").asText()).isEqualTo("Hội thảo về phòng ngừa tham nhũng");
        assertThat(before.get("version").asInt()).isEqualTo(1);
        assertThat(before.get("status").asText()).isEqualTo("PLANNED");
        assertThat(after.get("plan").get("title").asText())
                .isEqualTo("Hội thảo trực tuyến về phòng ngừa tham nhũng với AFA");
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(after.get("corrections")).hasSize(1);
        assertThat(beforePlanned.exitCode()).isEqualTo(1);
        assertThat(beforePlanned.out()).contains("No activity " + workshop.id() + " had been recorded before");
    }

    @Test
    void asOfTheWholeLogListsTheActivityAsItStoodThen() {
        Audit audit = Audit.run("as-of", "2021-10-10T00:00:00Z");

        assertThat(audit.exitCode()).isZero();
        assertThat(audit.out())
                .contains("The log as recorded before 2021-10-10T00:00:00Z")
                .containsPattern(workshop.id()
                        + "  v2  PLANNED +2021-10-18 +Hội thảo trực tuyến về phòng ngừa tham nhũng với AFA");
    }

    @Test
    void exportWritesEveryEventAsJsonLinesAndAsCsv(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("log.jsonl");
        Path csv = dir.resolve("log.csv");

        Audit toJsonl = Audit.run("export", "--output", jsonl.toString());
        Audit toCsv = Audit.run("export", "--format", "csv", "--output", csv.toString());

        assertThat(toJsonl.exitCode()).isZero();
        assertThat(toCsv.exitCode()).isZero();
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(workshop.id()))
                .toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("\"eventType\":\"ActivityCorrected\"", "\"field\":\"plan.title\"");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
                .getRecords()
                .stream()
                .filter(row -> row.get("activityId").equals(workshop.id()))
                .toList();
        assertThat(rows).extracting(row -> row.get("version")).containsExactly("1", "2", "3");
        assertThat(rows.get(1).get("reason")).isEqualTo("Tên hội thảo ghi thiếu đối tác");
        assertThat(rows.get(1).get("newValue")).isEqualTo("\"Hội thảo trực tuyến về phòng ngừa tham nhũng với AFA\"");
        assertThat(rows.get(2).get("change")).contains("Hai bên trao đổi kinh nghiệm");
        assertThat(toCsv.out()).contains("Exported ").contains(" event(s) to " + csv);
    }
}
