package org.cooplog.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooplog.audit.TestEvents;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.audit.verify.Finding;
import org.cooplog.audit.verify.LogVerifier;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.junit.jupiter.api.Test;

class HistoryEntriesTests {

    private final TestEvents log = new TestEvents(0);

    @Test
    void saysWhoChangedWhatWhenAndWhy() {
        TestEvents.Activity activity = log.activity()
                .planned("Hội thảo với AFA")
                .corrected("plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo trực tuyến với AFA\"", "Sai tên");
        HistoryEntries entries = new HistoryEntries();

        List<HistoryEntry> history = log.records().stream()
                .map(entries::of)
                .flatMap(Optional::stream)
                .toList();

        assertThat(history).hasSize(2);
        HistoryEntry planned = history.get(0);
        assertThat(planned.version()).isEqualTo(1);
        assertThat(planned.eventType()).isEqualTo("BilateralActivityPlanned");
        assertThat(planned.recordedBy()).isEqualTo("desk.bilateral");
        assertThat(planned.service()).isEqualTo("bilateral-service");
        assertThat(planned.change()).containsKey("plan").doesNotContainKey("envelope");
        assertThat(planned.correction()).isNull();
        assertThat(planned.previousHash()).isNull();
        HistoryEntry corrected = history.get(1);
        assertThat(corrected.activityId()).isEqualTo(activity.id());
        assertThat(corrected.correction())
                .isEqualTo(new HistoryEntry.CorrectionEntry(
                        "plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo trực tuyến với AFA\"", "Sai tên"));
        assertThat(corrected.previousHash()).isEqualTo(planned.hash());
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.hashRight()).isTrue();
            assertThat(entry.chained()).isTrue();
        });
        assertThat(corrected.toPlain())
                .containsEntry("version", 2)
                .containsEntry("recordedAt", corrected.recordedAt().toString())
                .containsKey("correction");
    }

    private static List<HistoryEntry> historyOf(List<LogRecord> records) {
        HistoryEntries entries = new HistoryEntries();
        return records.stream().map(entries::of).flatMap(Optional::stream).toList();
    }

    /** Whether every entry chains exactly where verify, reading the same records, finds no broken link or version. */
    private boolean chainedAsVerifySays(List<HistoryEntry> history) {
        LogVerifier verifier = new LogVerifier(List.of(), List.of());
        log.records().forEach(verifier::accept);
        Set<Long> broken = verifier.finish(Map.of(), Duration.ZERO).findings().stream()
                .filter(f -> f.kind() == Finding.Kind.BROKEN_CHAIN || f.kind() == Finding.Kind.VERSION_GAP)
                .map(Finding::offset)
                .collect(Collectors.toSet());
        return history.stream().allMatch(entry -> entry.chained() != broken.contains(entry.offset()));
    }

    @Test
    void marksAnEventWhoseHashOrLinkIsWrong() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        ActivityCancelled sealed = EventHash.seal(new ActivityCancelled(activity.nextEnvelope(), "lùi"));
        sealed.setReason("sửa sau");
        LogRecord altered = log.append(activity.id(), EventCodec.standard().encode(sealed));
        HistoryEntries entries = new HistoryEntries();
        entries.of(log.records().get(0));

        HistoryEntry entry = entries.of(altered).orElseThrow();

        assertThat(entry.hashRight()).isFalse();
        assertThat(entry.chained()).isTrue();
    }

    @Test
    void aForgedRecordBeforeTheGenuineOneIsMarkedAndTheGenuineChainHolds() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        EventEnvelope chainedToNothing = activity.nextEnvelope();
        chainedToNothing.setPreviousHash(new Sha256(new byte[32]));
        LogRecord forged = log.append(
                activity.id(),
                EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(chainedToNothing, "giả"))));
        activity.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        List<HistoryEntry> history = historyOf(log.records());

        assertThat(history)
                .extracting(HistoryEntry::offset, HistoryEntry::chained)
                .containsExactly(tuple(0L, true), tuple(forged.offset(), false), tuple(2L, true));
        assertThat(chainedAsVerifySays(history)).isTrue();
    }

    @Test
    void aForgedRecordAfterTheGenuineOneIsMarkedAndTheEventsAfterItStillChain() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        EventEnvelope sameAsVersionTwo = activity.nextEnvelope();
        activity.corrected("plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo trực tuyến với AFA\"", "Sai tên");
        LogRecord forged = log.append(
                activity.id(),
                EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(sameAsVersionTwo, "giả"))));
        activity.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        List<HistoryEntry> history = historyOf(log.records());

        assertThat(history)
                .extracting(HistoryEntry::offset, HistoryEntry::hashRight, HistoryEntry::chained)
                .containsExactly(
                        tuple(0L, true, true),
                        tuple(1L, true, true),
                        tuple(forged.offset(), true, false),
                        tuple(3L, true, true));
        assertThat(chainedAsVerifySays(history)).isTrue();
    }

    @Test
    void anAlteredRecordBeforeTheGenuineOneShowsItsWrongHashAndTheGenuineOneChains() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        ActivityCancelled altered = EventHash.seal(new ActivityCancelled(activity.nextEnvelope(), "lùi"));
        altered.setReason("sửa sau");
        log.append(activity.id(), EventCodec.standard().encode(altered));
        activity.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        List<HistoryEntry> history = historyOf(log.records());

        assertThat(history)
                .extracting(HistoryEntry::hashRight, HistoryEntry::chained)
                .containsExactly(tuple(true, true), tuple(false, true), tuple(true, true));
        assertThat(history.get(2).previousHash()).isEqualTo(history.get(0).hash());
        assertThat(chainedAsVerifySays(history)).isTrue();
    }

    /**
     * Two sealed records of the same version both linking to version 1: the log alone cannot tell which one its
     * publisher wrote, so the first in the partition is the chain and the later one is marked, by verify as by history.
     */
    @Test
    void ofTwoSealedRecordsClaimingTheSamePlaceTheFirstWrittenIsTheChain() {
        TestEvents.Activity activity = log.activity().planned("Hội thảo với AFA");
        log.append(
                activity.id(),
                EventCodec.standard().encode(EventHash.seal(new ActivityCancelled(activity.nextEnvelope(), "giả"))));
        activity.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        List<HistoryEntry> history = historyOf(log.records());

        assertThat(history)
                .extracting(HistoryEntry::version, HistoryEntry::chained)
                .containsExactly(tuple(1, true), tuple(2, true), tuple(2, false));
        assertThat(chainedAsVerifySays(history)).isTrue();
    }

    @Test
    void leavesOutWhatIsNotAnActivityEvent() {
        LogRecord garbage = log.append("x", new byte[] {1, 2, 3});

        assertThat(new HistoryEntries().of(garbage)).isEmpty();
    }
}
