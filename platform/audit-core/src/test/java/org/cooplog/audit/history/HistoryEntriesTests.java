package org.cooplog.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cooplog.audit.TestEvents;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
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
    void leavesOutWhatIsNotAnActivityEvent() {
        LogRecord garbage = log.append("x", new byte[] {1, 2, 3});

        assertThat(new HistoryEntries().of(garbage)).isEmpty();
    }
}
