package org.cooplog.publisher.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.publisher.log.ActivityLogException.Kind;
import org.cooplog.publisher.request.PartialDateValue;
import org.junit.jupiter.api.Test;

/**
 * What a command may do, decided by the log against a topic in memory: a step that changes nothing is refused, If-Match
 * compares strong ETags only, and idempotency keys are each caller's own and keep what they were used for across a
 * restart, which here is a new log reading the same topic.
 */
class ActivityLogCommandRulesTests {

    private final HeldTopic topic = new HeldTopic();
    private final ActivityLog log = restarted();

    @Test
    void aRescheduleToTheSameDatesIsRefusedAndNothingIsWritten() {
        String id = plan("desk", null, null).activityId();

        assertRefused(
                () -> record(
                        id,
                        1,
                        e -> new ActivityRescheduled(
                                e, PartialDateValue.parse("2021-03-17").toAvro(), null, "x")),
                Kind.NO_CHANGE,
                "The activity already has these dates");
        assertThat(topic.size()).isEqualTo(1);
        assertThat(log.find(id).orElseThrow().activity().version()).isEqualTo(1);
    }

    @Test
    void theSameModalityAndACorrectionToTheCurrentValueAreRefusedAndNothingIsWritten() {
        String id = plan("desk", null, null).activityId();

        assertRefused(
                () -> record(id, 1, e -> new ActivityModalityChanged(e, Modality.ONLINE, null, "x")),
                Kind.NO_CHANGE,
                "The activity already has this modality and venue");
        assertRefused(
                () -> record(id, 1, e -> new ActivityCorrected(e, "plan.title", null, "\"Hội thảo\"", "x")),
                Kind.NO_CHANGE,
                "The field plan.title already has this value");
        assertThat(topic.size()).isEqualTo(1);

        assertThat(record(id, 1, e -> new ActivityModalityChanged(e, Modality.HYBRID, null, "x"))
                        .version())
                .isEqualTo(2);
    }

    @Test
    void aWeakETagNeverMatches() {
        String id = plan("desk", null, null).activityId();

        assertThatThrownBy(() -> log.record(
                        id,
                        new Command("desk", null, null, new IfMatch(false, List.of(), true)),
                        this::cancelled,
                        a -> {}))
                .isInstanceOfSatisfying(ActivityLogException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.STALE_VERSION);
                    assertThat(e.currentVersion()).isEqualTo(1);
                })
                .hasMessageContaining("weak");
        assertThat(topic.size()).isEqualTo(1);
    }

    @Test
    void anAsteriskMatchesAnyVersionAndAListMatchesWhenOneOfItsStrongTagsDoes() {
        String first = plan("desk", null, null).activityId();
        String second = plan("desk", null, null).activityId();

        assertThat(log.record(
                                first,
                                new Command("desk", null, null, new IfMatch(true, List.of(), false)),
                                this::cancelled,
                                a -> {})
                        .version())
                .isEqualTo(2);
        assertThatThrownBy(() -> log.record(
                        second,
                        new Command("desk", null, null, new IfMatch(false, List.of(2, 3), false)),
                        this::cancelled,
                        a -> {}))
                .isInstanceOfSatisfying(
                        ActivityLogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.STALE_VERSION))
                .hasMessage("The activity is at version 1, not any of 2, 3: reload it and decide again");
        assertThat(log.record(
                                second,
                                new Command("desk", null, null, new IfMatch(false, List.of(3, 1), false)),
                                this::cancelled,
                                a -> {})
                        .version())
                .isEqualTo(2);
    }

    @Test
    void anotherCallersUseOfAKeyIsAFreshRequest() {
        RecordedEvent mine = plan("desk.a", "key", "digest");

        RecordedEvent theirs = plan("desk.b", "key", "digest");
        RecordedEvent theirsAgain = plan("desk.b", "key", "digest");

        assertThat(theirs.replayed()).isFalse();
        assertThat(theirs.activityId()).isNotEqualTo(mine.activityId());
        assertThat(theirsAgain.replayed()).isTrue();
        assertThat(theirsAgain.activityId()).isEqualTo(theirs.activityId());
        assertThat(plan("desk.b", "other-key", "digest").activityId()).isNotIn(mine.activityId(), theirs.activityId());
        assertThat(topic.size()).isEqualTo(3);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefusedAfterARestart() {
        RecordedEvent first = plan("desk", "key", "digest-a");
        assertThat(topic.requestDigestAt(0)).isEqualTo("digest-a");

        ActivityLog afterRestart = restarted();

        assertThatThrownBy(() -> afterRestart.plan(new Command("desk", "key", "digest-b", null), this::planned))
                .isInstanceOfSatisfying(
                        ActivityLogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.KEY_REUSED));
        RecordedEvent retried = afterRestart.plan(new Command("desk", "key", "digest-a", null), this::planned);
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.eventId()).isEqualTo(first.eventId());
        assertThat(afterRestart
                        .plan(new Command("desk.b", "key", "digest-b", null), this::planned)
                        .replayed())
                .isFalse();
        assertThat(topic.size()).isEqualTo(2);
    }

    @Test
    void aKeyWhoseRecordCarriesNoDigestIsAnsweredWithItsEventAsBefore() {
        RecordedEvent first = plan("desk", "key", "digest-a");
        topic.withoutRequestDigests();

        RecordedEvent retried = restarted().plan(new Command("desk", "key", "digest-b", null), this::planned);

        assertThat(retried.replayed()).isTrue();
        assertThat(retried.eventId()).isEqualTo(first.eventId());
        assertThat(topic.size()).isEqualTo(1);
    }

    @Test
    void aKeyUsedForOneActivityIsRefusedForAnother() {
        String one = plan("desk", null, null).activityId();
        String other = plan("desk", null, null).activityId();
        log.record(one, new Command("desk", "cancel-key", "digest", IfMatch.version(1)), this::cancelled, a -> {});

        assertThatThrownBy(() -> log.record(
                        other,
                        new Command("desk", "cancel-key", "digest", IfMatch.version(1)),
                        this::cancelled,
                        a -> {}))
                .isInstanceOfSatisfying(
                        ActivityLogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.KEY_REUSED));
        assertThat(log.find(other).orElseThrow().activity().version()).isEqualTo(1);
    }

    @Test
    void theKeysOfABulkImportAreTheCallersOwnAndSurviveARestart() {
        List<ActivityLog.Planned> rows = List.of(
                new ActivityLog.Planned("import:file:2", this::planned),
                new ActivityLog.Planned("import:file:3", this::planned));
        List<RecordedEvent> mine = log.planAll("desk.a", rows);

        ActivityLog afterRestart = restarted();
        List<RecordedEvent> again = afterRestart.planAll("desk.a", rows);
        List<RecordedEvent> theirs = afterRestart.planAll("desk.b", rows);

        assertThat(again)
                .extracting(RecordedEvent::eventId)
                .containsExactlyElementsOf(
                        mine.stream().map(RecordedEvent::eventId).toList());
        assertThat(again).allSatisfy(r -> assertThat(r.replayed()).isTrue());
        assertThat(theirs).allSatisfy(r -> assertThat(r.replayed()).isFalse());
        assertThat(topic.size()).isEqualTo(4);
    }

    private ActivityLog restarted() {
        return new ActivityLog(Track.BILATERAL, "test-service", topic, topic, Clock.systemUTC());
    }

    private RecordedEvent plan(String caller, String key, String digest) {
        return log.plan(new Command(caller, key, digest, null), this::planned);
    }

    private RecordedEvent record(String id, int version, Function<EventEnvelope, ? extends SpecificRecord> event) {
        return log.record(id, new Command("desk", null, null, IfMatch.version(version)), event, activity -> {});
    }

    private static void assertRefused(Runnable command, Kind kind, String detail) {
        assertThatThrownBy(command::run)
                .isInstanceOfSatisfying(ActivityLogException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.currentVersion()).isEqualTo(1);
                })
                .hasMessage(detail);
    }

    private SpecificRecord cancelled(EventEnvelope envelope) {
        return new ActivityCancelled(envelope, "called off");
    }

    private SpecificRecord planned(EventEnvelope envelope) {
        return SamplePlans.workshop(envelope, "Hội thảo");
    }
}
