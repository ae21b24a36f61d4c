package org.cooplog.publisher.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.publisher.log.ActivityLogException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit: commands that arrive while a transaction commits go together into the next one, each checked against
 * the activity as the commands before it leave it. The topic here is a list in memory whose first write can be held,
 * so which commands share a transaction is decided by the test, not by timing; the Kafka side of the same paths is
 * covered through a real broker by the services' lifecycle tests.
 */
class ActivityLogGroupCommitTests {

    private final HeldTopic topic = new HeldTopic();
    private final ActivityLog log = new ActivityLog(Track.BILATERAL, "test-service", topic, topic, Clock.systemUTC());
    private final ExecutorService clients = Executors.newFixedThreadPool(32);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void commandsArrivingDuringACommitGoIntoTheNextTransactionTogether() throws Exception {
        Future<RecordedEvent> first = whileHeld(() -> plan("first"));
        List<Future<RecordedEvent>> waiting = queue(20, i -> () -> plan("k" + i));

        topic.release();

        assertThat(first.get(10, TimeUnit.SECONDS).version()).isEqualTo(1);
        List<RecordedEvent> answers = answers(waiting);
        assertThat(answers).extracting(RecordedEvent::activityId).doesNotHaveDuplicates();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.replayed()).isFalse());
        assertThat(topic.transactions()).containsExactly(1, 20);
        assertThat(log.commits()).isEqualTo(2);
        assertThat(log.all()).hasSize(21);
    }

    @Test
    void ofChangesToTheSameVersionInOneTransactionOnlyTheFirstIsWrittenAndTheOthersConflict() throws Exception {
        String id = plan("planned").activityId();
        Future<RecordedEvent> other = whileHeld(() -> plan("other"));
        List<Future<RecordedEvent>> cancels = queue(10, i -> () -> cancel(id, 1, "cancel-" + i));

        topic.release();
        other.get(10, TimeUnit.SECONDS);

        List<RecordedEvent> recorded = new ArrayList<>();
        List<ActivityLogException> refused = new ArrayList<>();
        for (Future<RecordedEvent> cancel : cancels) {
            try {
                recorded.add(cancel.get(10, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                refused.add((ActivityLogException) e.getCause());
            }
        }
        assertThat(recorded)
                .singleElement()
                .satisfies(r -> assertThat(r.version()).isEqualTo(2));
        assertThat(refused)
                .hasSize(9)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.CONCURRENT_CHANGE))
                .allSatisfy(e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(topic.transactions()).containsExactly(1, 1, 1);
        assertThat(log.find(id).orElseThrow().history())
                .extracting(HistoryEntry::version)
                .containsExactly(1, 2);
    }

    @Test
    void aRetryInTheSameTransactionGetsTheFirstAnswerAndIsWrittenOnce() throws Exception {
        Future<RecordedEvent> other = whileHeld(() -> plan("other"));
        List<Future<RecordedEvent>> tries = queue(3, i -> () -> plan("same-key"));

        topic.release();
        other.get(10, TimeUnit.SECONDS);

        List<RecordedEvent> answers = answers(tries);
        assertThat(answers)
                .extracting(RecordedEvent::activityId)
                .containsOnly(answers.get(0).activityId());
        assertThat(answers).extracting(RecordedEvent::replayed).containsExactly(false, true, true);
        assertThat(topic.transactions()).containsExactly(1, 1);
    }

    @Test
    void theSameKeyForADifferentRequestInTheSameTransactionIsRefused() throws Exception {
        Future<RecordedEvent> other = whileHeld(() -> plan("other"));
        Future<RecordedEvent> original =
                queue(1, i -> () -> plan("key", "digest-a")).get(0);
        Future<RecordedEvent> reused =
                queue(1, i -> () -> plan("key", "digest-b")).get(0);

        topic.release();
        other.get(10, TimeUnit.SECONDS);

        assertThat(original.get(10, TimeUnit.SECONDS).replayed()).isFalse();
        assertThatThrownBy(() -> reused.get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOfSatisfying(
                        ActivityLogException.class, e -> assertThat(e.kind()).isEqualTo(Kind.KEY_REUSED));
        assertThat(topic.transactions()).containsExactly(1, 1);
    }

    @Test
    void aCommandRefusedByItsCheckTakesNoOtherCommandOfItsTransactionDown() throws Exception {
        String id = plan("planned").activityId();
        Future<RecordedEvent> other = whileHeld(() -> plan("other"));
        Future<RecordedEvent> refused = queue(
                        1,
                        i -> () -> log.record(
                                id,
                                new Command("desk", "refused", null, IfMatch.version(1)),
                                envelope -> new ActivityCancelled(envelope, "no"),
                                activity -> {
                                    throw new IllegalArgumentException("refused by its check");
                                }))
                .get(0);
        List<Future<RecordedEvent>> accepted = queue(5, i -> () -> plan("accepted-" + i));

        topic.release();
        other.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refused by its check");
        assertThat(answers(accepted)).hasSize(5);
        assertThat(topic.transactions()).containsExactly(1, 1, 5);
        assertThat(log.find(id).orElseThrow().activity().version()).isEqualTo(1);
    }

    @Test
    void aTransactionThatFailsFailsEveryCommandInItAndTheLogIsReadAgainBeforeTheNext() throws Exception {
        Future<RecordedEvent> other = whileHeld(() -> plan("other"));
        topic.failNext();
        List<Future<RecordedEvent>> failing = queue(8, i -> () -> plan("failing-" + i));

        topic.release();
        other.get(10, TimeUnit.SECONDS);

        for (Future<RecordedEvent> command : failing) {
            assertThatThrownBy(() -> command.get(10, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(BrokerUnavailableException.class);
        }
        int replays = topic.replays();
        RecordedEvent after = plan("after");
        assertThat(topic.replays()).isEqualTo(replays + 1);
        assertThat(topic.transactions()).containsExactly(1, 1);
        assertThat(log.all())
                .extracting(t -> t.activity().id())
                .containsExactlyInAnyOrder(
                        log.find(after.activityId()).orElseThrow().activity().id(),
                        other.get().activityId());
    }

    @Test
    void aCommandWhoseCommitTimedOutButCommittedIsAnsweredAsARetryAndWrittenOnce() {
        topic.commitNextLate();
        assertThatThrownBy(() -> plan("late")).isInstanceOf(BrokerUnavailableException.class);

        RecordedEvent retried = plan("late");

        assertThat(retried.replayed()).isTrue();
        assertThat(topic.recordsOf("late")).isEqualTo(1);
        assertThat(log.all()).hasSize(1);
    }

    /** Starts a command whose transaction the topic holds, and waits until it is being written. */
    private Future<RecordedEvent> whileHeld(Supplier<RecordedEvent> command) {
        topic.holdNext();
        Future<RecordedEvent> held = clients.submit(command::get);
        await().atMost(Duration.ofSeconds(10)).until(topic::holding);
        return held;
    }

    /** Starts commands one after another, each only once the one before it waits for a transaction. */
    private List<Future<RecordedEvent>> queue(
            int count, java.util.function.IntFunction<Supplier<RecordedEvent>> command) {
        List<Future<RecordedEvent>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int before = log.waiting();
            futures.add(clients.submit(command.apply(i)::get));
            await().atMost(Duration.ofSeconds(10)).until(() -> log.waiting() == before + 1);
        }
        return futures;
    }

    private static List<RecordedEvent> answers(List<Future<RecordedEvent>> futures) throws Exception {
        List<RecordedEvent> answers = new ArrayList<>();
        for (Future<RecordedEvent> future : futures) {
            answers.add(future.get(10, TimeUnit.SECONDS));
        }
        return answers;
    }

    private RecordedEvent plan(String key) {
        return plan(key, null);
    }

    private RecordedEvent plan(String key, String digest) {
        return log.plan(
                new Command("desk", key, digest, null), envelope -> SamplePlans.workshop(envelope, "Hội thảo " + key));
    }

    private RecordedEvent cancel(String id, int version, String key) {
        return log.record(
                id,
                new Command("desk", key, null, IfMatch.version(version)),
                envelope -> new ActivityCancelled(envelope, "called off"),
                activity -> {});
    }
}
