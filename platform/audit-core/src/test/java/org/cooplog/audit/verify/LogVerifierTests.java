package org.cooplog.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.TestEvents;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.log.Extent;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.junit.jupiter.api.Test;

class LogVerifierTests {

    private final TestEvents log = new TestEvents(1);

    @Test
    void findsNothingInAProperLog() {
        log.activity()
                .planned("Hội thảo với AFA")
                .corrected("plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo trực tuyến với AFA\"", "Sai tên");
        log.activity().planned("Khóa đào tạo với INSP").then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        Verification verification = verify(log.records(), List.of(), List.of());

        assertThat(verification.findings()).isEmpty();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.records()).isEqualTo(4);
    }

    @Test
    void findsAnEventThatDoesNotChainToTheOneBefore() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        EventEnvelope forged = activity.nextEnvelope();
        forged.setPreviousHash(new Sha256(new byte[32]));
        LogRecord record = log.append(
                activity.id(), EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(forged, "giả"))));

        assertThat(verify(log.records(), List.of(), List.of()).findings())
                .singleElement()
                .satisfies(finding -> assertThat(finding.position()).isEqualTo(record.position()))
                .extracting(Finding::kind)
                .isEqualTo(Finding.Kind.BROKEN_CHAIN);
    }

    @Test
    void findsAnEventWhoseHashIsNotThatOfItsContent() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        ActivityCancelled sealed =
                EventHash.seal(new ActivityCancelled(activity.nextEnvelope(), "Đối tác đề nghị lùi"));
        sealed.setReason("Đã sửa sau khi niêm phong");
        LogRecord record = log.append(activity.id(), EventCodec.standard().encode(sealed));

        assertThat(verify(log.records(), List.of(), List.of()).findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.kind()).isEqualTo(Finding.Kind.WRONG_HASH);
                    assertThat(finding.offset()).isEqualTo(record.offset());
                });
    }

    @Test
    void findsRecordsThatAreNotEvents() {
        LogRecord garbage = log.append("x", "không phải là một sự kiện".getBytes(StandardCharsets.UTF_8));
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        byte[] unknown = log.records().get(1).value().clone();
        unknown[3] ^= 0x7F;
        LogRecord unknownFingerprint = log.append(activity.id(), unknown);

        assertThat(verify(log.records(), List.of(), List.of()).findings())
                .extracting(Finding::offset, Finding::kind)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(garbage.offset(), Finding.Kind.UNDECODABLE),
                        org.assertj.core.api.Assertions.tuple(unknownFingerprint.offset(), Finding.Kind.UNDECODABLE));
        assertThat(verify(log.records(), List.of(), List.of()).findings().get(1).detail())
                .startsWith("UNKNOWN_FINGERPRINT");
    }

    @Test
    void findsAMissingVersionOnceAndGoesOnFromTheEventAfterIt() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        activity.then(e -> new ActivityCancelled(e, "lần 1"));
        activity.then(e -> new ActivityCancelled(e, "lần 2"));
        activity.then(e -> new ActivityCancelled(e, "lần 3"));
        List<LogRecord> withoutVersion2 = new ArrayList<>(log.records());
        withoutVersion2.remove(1);

        assertThat(verify(withoutVersion2, List.of(), List.of()).findings())
                .extracting(Finding::offset, Finding::kind)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(2L, Finding.Kind.BROKEN_CHAIN),
                        org.assertj.core.api.Assertions.tuple(2L, Finding.Kind.VERSION_GAP));
    }

    @Test
    void findsAnEventUnderAnotherKey() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        LogRecord planned = log.records().get(0);
        log.append("another-" + activity.id(), planned.value());

        assertThat(verify(log.records(), List.of(), List.of()).findings())
                .extracting(Finding::kind)
                .contains(Finding.Kind.MISPLACED, Finding.Kind.VERSION_GAP);
    }

    @Test
    void reportsEveryDeadLetteredRecordWithWhereItCameFrom() {
        LogRecord parked = new LogRecord(
                TestEvents.TOPIC + ".dlt",
                1,
                0,
                0,
                null,
                new byte[] {1},
                Map.of(
                        "kafka_dlt-original-topic", TestEvents.TOPIC.getBytes(StandardCharsets.UTF_8),
                        "kafka_dlt-original-partition",
                                ByteBuffer.allocate(4).putInt(1).array(),
                        "kafka_dlt-original-offset",
                                ByteBuffer.allocate(8).putLong(41).array()));

        assertThat(verify(List.of(parked), List.of(), List.of()).findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.kind()).isEqualTo(Finding.Kind.DEAD_LETTERED);
                    assertThat(finding.position()).isEqualTo(TestEvents.TOPIC + ".dlt-1@0");
                    assertThat(finding.detail()).contains("parked from " + TestEvents.TOPIC + "-1@41");
                });
    }

    @Test
    void findsRecordsDeletedFromAPartitionsBeginning() {
        log.activity().planned("Hội thảo với AFA");
        LogVerifier verifier = new LogVerifier(List.of(), List.of());
        log.records().forEach(verifier::accept);

        Verification verification =
                verifier.finish(Map.of(new TopicPartition(TestEvents.TOPIC, 1), new Extent(5, 6)), Duration.ZERO);

        assertThat(verification.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.RECORDS_DELETED);
    }

    static Verification verify(
            List<LogRecord> records, Collection<Checkpoint> published, Collection<Checkpoint> independent) {
        LogVerifier verifier = new LogVerifier(published, independent);
        records.forEach(verifier::accept);
        return verifier.finish(extents(records), Duration.ofMillis(1));
    }

    static Map<TopicPartition, Extent> extents(List<LogRecord> records) {
        Map<TopicPartition, Extent> extents = new HashMap<>();
        for (LogRecord record : records) {
            extents.merge(
                    record.topicPartition(),
                    new Extent(0, record.offset() + 1),
                    (a, b) -> new Extent(0, Math.max(a.end(), b.end())));
        }
        return extents;
    }
}
