package org.cooplog.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.checkpoint.CheckpointFile;
import org.cooplog.audit.checkpoint.RunningHashes;
import org.cooplog.audit.log.LogConsumers;
import org.cooplog.audit.log.LogReader;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.events.Topics;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verify against a real broker. In order, because each test leaves the log worse than it found it: the clean log
 * first (this module's other tests write only proper events), then forged records, then forged checkpoints.
 */
@KafkaIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-02-02T02:00:00Z");

    private static TestLog log;

    @BeforeAll
    static void open() {
        log = new TestLog();
    }

    @AfterAll
    static void close() {
        log.close();
    }

    @Test
    @Order(1)
    void passesOnACleanLog() {
        log.activity()
                .planned("Đoàn công tác tại Pháp", "2021-11", NOW)
                .then(NOW, e -> new ActivityCancelled(e, "COVID-19"));

        Audit text = Audit.run("verify");
        Audit json = Audit.run("verify", "--json");

        assertThat(text.exitCode()).as(text.out()).isZero();
        assertThat(text.out()).contains("OK: every record decodes, every activity chain holds");
        assertThat(json.json().get("ok").asBoolean()).isTrue();
        assertThat(json.json().get("records").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(json.json().get("findings")).isEmpty();
    }

    @Test
    @Order(2)
    void namesEveryForgedOrUndecodableRecordByItsOffset() {
        TestLog.Activity chained = log.activity().planned("Hội thảo A", "2021-10-18", NOW);
        EventEnvelope wrongLink = chained.next(NOW);
        wrongLink.setPreviousHash(new Sha256(new byte[32]));
        RecordMetadata brokenChain = log.send(
                chained.id(),
                EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(wrongLink, "giả mạo"))));
        TestLog.Activity sealed = log.activity().planned("Hội thảo B", "2021-10-19", NOW);
        ActivityCancelled altered = EventHash.seal(new ActivityCancelled(sealed.next(NOW), "Đối tác đề nghị lùi"));
        altered.setReason("Sửa sau khi niêm phong");
        RecordMetadata wrongHash = log.send(sealed.id(), EventCodec.standard().encode(altered));
        RecordMetadata garbage = log.send("rác", "không phải là một sự kiện".getBytes(StandardCharsets.UTF_8));
        byte[] unknown = EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(sealed.next(NOW), "x")));
        unknown[3] ^= 0x7F;
        RecordMetadata unknownFingerprint = log.send(sealed.id(), unknown);

        Audit json = Audit.run("verify", "--json");
        Audit text = Audit.run("verify");

        assertThat(json.exitCode()).isEqualTo(1);
        List<String> findings = StreamSupport.stream(json.json().get("findings").spliterator(), false)
                .map(f -> f.get("topic").asText() + "-" + f.get("partition").asInt() + "@"
                        + f.get("offset").asLong() + " " + f.get("kind").asText())
                .toList();
        assertThat(findings)
                .contains(
                        position(brokenChain) + " BROKEN_CHAIN",
                        position(wrongHash) + " WRONG_HASH",
                        position(garbage) + " UNDECODABLE",
                        position(unknownFingerprint) + " UNDECODABLE");
        assertThat(text.exitCode()).isEqualTo(1);
        assertThat(text.out())
                .contains(position(garbage) + "  UNDECODABLE  NOT_SINGLE_OBJECT")
                .contains(position(unknownFingerprint) + "  UNDECODABLE  UNKNOWN_FINGERPRINT");
    }

    @Test
    @Order(3)
    void checksThePartitionAgainstEveryCheckpointPublishedAndKept(@TempDir Path dir) throws Exception {
        // Three events of one activity, so its partition holds three records at least, whichever partition its id
        // takes: the checkpoint of another stream (up to the last record) and the one never published (up to the
        // first) then end at different offsets, and neither can vouch for the other.
        RecordMetadata last = log.activity()
                .planned("Hội thảo C", "2021-12-01", NOW)
                .then(
                        NOW,
                        e -> new org.cooplog.events.activity.ActivityCorrected(
                                e, "plan.title", "\"Hội thảo C\"", "\"Hội thảo C mở rộng\"", "Tên đầy đủ"))
                .then(NOW, e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"))
                .last();
        TopicPartition partition = new TopicPartition(last.topic(), last.partition());
        List<LogRecord> records = records(partition);
        long end = last.offset() + 1;
        Checkpoint whole = checkpoint(partition, records, end);
        List<LogRecord> otherStream = new ArrayList<>(records.subList(0, records.size() - 1));
        LogRecord first = otherStream.get(0);
        otherStream.set(
                0,
                new LogRecord(
                        first.topic(), first.partition(), 0, first.timestamp(), first.key(), new byte[] {1}, Map.of()));
        Checkpoint ofAnotherStream = checkpoint(partition, otherStream, last.offset());
        publish(whole);
        publish(ofAnotherStream);
        Path kept = dir.resolve("checkpoints.jsonl");

        Audit copied = Audit.run("checkpoints", "--output", kept.toString());
        Checkpoint neverPublished =
                checkpoint(partition, records.subList(0, 1), records.get(0).offset() + 1);
        Files.writeString(kept, CheckpointFile.line(neverPublished) + "\n", java.nio.file.StandardOpenOption.APPEND);
        JsonNode verified =
                Audit.run("verify", "--checkpoints", kept.toString(), "--json").json();

        assertThat(copied.exitCode()).isZero();
        assertThat(Files.readAllLines(kept)).anyMatch(line -> line.contains("\"endOffset\":" + end));
        assertThat(verified.get("checkpointsChecked").asInt()).isGreaterThanOrEqualTo(3);
        List<JsonNode> checkpointFindings = StreamSupport.stream(
                        verified.get("findings").spliterator(), false)
                .filter(f -> f.get("kind").asText().startsWith("CHECKPOINT"))
                .toList();
        assertThat(checkpointFindings)
                .extracting(
                        f -> f.get("topic").asText() + "-" + f.get("partition").asInt() + "@"
                                + f.get("offset").asLong() + " " + f.get("kind").asText())
                .containsExactlyInAnyOrder(
                        partition + "@" + last.offset() + " CHECKPOINT_MISMATCH",
                        partition + "@" + neverPublished.endOffset() + " CHECKPOINT_MISSING");
        assertThat(checkpointFindings)
                .filteredOn(f -> f.get("kind").asText().equals("CHECKPOINT_MISMATCH"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("detail").asText()).contains("was altered, removed or reordered"));
    }

    private static String position(RecordMetadata metadata) {
        return metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset();
    }

    private static List<LogRecord> records(TopicPartition partition) {
        List<LogRecord> records = new ArrayList<>();
        new LogReader(LogConsumers.of(KafkaBrokers.bootstrapServers()), Duration.ofSeconds(30))
                .read(List.of(partition.topic()), records::add, ReadProgress.NONE);
        return records.stream()
                .filter(r -> r.partition() == partition.partition())
                .toList();
    }

    private static Checkpoint checkpoint(TopicPartition partition, List<LogRecord> records, long endOffset) {
        RunningHashes hashes = new RunningHashes();
        records.stream().filter(r -> r.offset() < endOffset).forEach(hashes::accept);
        return hashes.checkpoint(partition, endOffset, NOW);
    }

    private static void publish(Checkpoint checkpoint) {
        log.send(
                Topics.AUDIT_CHECKPOINTS.name(),
                checkpoint.key(),
                EventCodec.standard().encode(checkpoint.toEvent("verify-integration-tests")));
    }
}
