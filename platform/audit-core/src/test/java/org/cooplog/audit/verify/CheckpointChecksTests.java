package org.cooplog.audit.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.TestEvents;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.checkpoint.RunningHashes;
import org.cooplog.audit.log.Extent;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.activity.ActivityCancelled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A checkpoint vouches for every record below it, across activities: checked against a different record stream. */
class CheckpointChecksTests {

    private static final TopicPartition PARTITION = new TopicPartition(TestEvents.TOPIC, 1);

    private final TestEvents log = new TestEvents(1);
    private List<LogRecord> records;
    private Checkpoint atFour;
    private Checkpoint atSix;

    @BeforeEach
    void sixRecordsWithCheckpointsAtFourAndSix() {
        log.activity().planned("A").then(e -> new ActivityCancelled(e, "a"));
        log.activity().planned("B").then(e -> new ActivityCancelled(e, "b"));
        log.activity().planned("C").then(e -> new ActivityCancelled(e, "c"));
        records = log.records();
        atFour = checkpoint(records.subList(0, 4), 4);
        atSix = checkpoint(records, 6);
    }

    @Test
    void holdWhenTheRecordsAreThoseTheyWereTakenOver() {
        Verification verification = LogVerifierTests.verify(records, List.of(atFour, atSix), List.of());

        assertThat(verification.findings()).isEmpty();
        assertThat(verification.checkpointsChecked()).isEqualTo(2);
    }

    @Test
    void failWhenARecordIsAlteredEvenIfEveryActivityChainStillHolds() {
        List<LogRecord> altered = new ArrayList<>(records);
        LogRecord original = altered.get(4);
        altered.set(
                4,
                new LogRecord(
                        original.topic(),
                        original.partition(),
                        original.offset(),
                        original.timestamp() + 1,
                        original.key(),
                        original.value(),
                        Map.of()));

        assertThat(LogVerifierTests.verify(altered, List.of(atFour, atSix), List.of())
                        .findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.kind()).isEqualTo(Finding.Kind.CHECKPOINT_MISMATCH);
                    assertThat(finding.offset()).isEqualTo(6);
                    assertThat(finding.detail()).contains("between offsets 4 and 6");
                });
    }

    @Test
    void failWhenARecordIsRemoved() {
        List<LogRecord> removed = new ArrayList<>(records);
        removed.remove(2);
        Verification verification = LogVerifierTests.verify(removed, List.of(atFour, atSix), List.of());

        assertThat(verification.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.CHECKPOINT_MISMATCH)
                .extracting(Finding::offset)
                .containsExactly(4L, 6L);
        assertThat(verification.findings())
                .filteredOn(f -> f.kind() == Finding.Kind.CHECKPOINT_MISMATCH)
                .first()
                .satisfies(finding -> assertThat(finding.detail()).contains("the 3 records below 4"));
    }

    @Test
    void failWhenTwoRecordsSwapPlaces() {
        List<LogRecord> swapped = new ArrayList<>(records);
        LogRecord b = swapped.get(2);
        LogRecord c = swapped.get(4);
        swapped.set(
                2, new LogRecord(b.topic(), b.partition(), b.offset(), c.timestamp(), c.key(), c.value(), Map.of()));
        swapped.set(
                4, new LogRecord(c.topic(), c.partition(), c.offset(), b.timestamp(), b.key(), b.value(), Map.of()));

        assertThat(LogVerifierTests.verify(swapped, List.of(atFour, atSix), List.of())
                        .findings())
                .filteredOn(f -> f.kind() == Finding.Kind.CHECKPOINT_MISMATCH)
                .extracting(Finding::offset)
                .containsExactly(4L, 6L);
    }

    @Test
    void nameACheckpointThatContradictsOneOfTheSameOffsetThatHolds() {
        List<LogRecord> otherStream = new ArrayList<>(records);
        otherStream.remove(0);
        Checkpoint contradicting = checkpoint(otherStream, 6);

        assertThat(LogVerifierTests.verify(records, List.of(contradicting, atFour, atSix), List.of())
                        .findings())
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.kind()).isEqualTo(Finding.Kind.CHECKPOINT_MISMATCH);
                    assertThat(finding.offset()).isEqualTo(6);
                    assertThat(finding.detail())
                            .endsWith("another checkpoint of the same offset holds, so this one"
                                    + " does not describe this log");
                });
    }

    @Test
    void failWhenThePartitionEndsBeforeACheckpoint() {
        List<LogRecord> truncated = records.subList(0, 5);
        LogVerifier verifier = new LogVerifier(List.of(atFour, atSix), List.of());
        truncated.forEach(verifier::accept);

        Verification verification = verifier.finish(Map.of(PARTITION, new Extent(0, 5)), Duration.ZERO);

        assertThat(verification.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.CHECKPOINT_BEYOND_END);
            assertThat(finding.offset()).isEqualTo(6);
        });
    }

    @Test
    void reportAnAuditorsCheckpointThatIsNoLongerPublished() {
        Verification verification = LogVerifierTests.verify(records, List.of(atSix), List.of(atFour));

        assertThat(verification.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Finding.Kind.CHECKPOINT_MISSING);
            assertThat(finding.offset()).isEqualTo(4);
        });
        assertThat(verification.checkpointsChecked()).isEqualTo(2);
    }

    @Test
    void checkTheSameCheckpointOnceWhereverItWasFound() {
        Verification verification = LogVerifierTests.verify(records, List.of(atSix), List.of(atSix));

        assertThat(verification.findings()).isEmpty();
        assertThat(verification.checkpointsChecked()).isEqualTo(1);
    }

    private static Checkpoint checkpoint(List<LogRecord> records, long endOffset) {
        RunningHashes hashes = new RunningHashes();
        records.forEach(hashes::accept);
        return hashes.checkpoint(PARTITION, endOffset, Instant.parse("2026-03-01T00:00:00Z"));
    }
}
