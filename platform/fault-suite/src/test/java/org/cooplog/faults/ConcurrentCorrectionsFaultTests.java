package org.cooplog.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.faults.client.ActivityRequests;
import org.cooplog.faults.client.ApiClient;
import org.cooplog.faults.client.Retries;
import org.cooplog.faults.env.FaultEnvironment;
import org.cooplog.faults.env.ServiceProcess;
import org.cooplog.faults.log.Tally;
import org.cooplog.faults.log.TrackLog;
import org.cooplog.faults.results.Figures;
import org.cooplog.faults.results.Scenario;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Fifty desk officers correct the same activity at the same instant, all from the same version. One correction is
 * recorded; every other officer is told the activity moved on (409 or 412) and nothing they sent reaches the log. An
 * officer answered 5xx (the broker slow to acknowledge on a loaded machine) sends the same request again with its
 * key, as every client does, and the answer it then gets is the one that counts: a retry of the correction that won
 * returns its original 200, any other a 409 or 412.
 */
@Order(3)
class ConcurrentCorrectionsFaultTests {

    private static final int CONTENDERS = 50;
    private static final int ROUNDS = 5;
    private static final Track TRACK = Track.BILATERAL;

    @Test
    @Scenario(value = 3, title = "50 concurrent corrections of one activity with the same expected version (If-Match)")
    void exactlyOneOfManyConcurrentCorrectionsWins(Figures figures) throws Exception {
        try (FaultEnvironment env = FaultEnvironment.create("concurrent-corrections")) {
            var cluster = env.startCluster();
            ServiceProcess publisher = env.startPublishers(List.of(TRACK)).get(TRACK);
            ApiClient client = env.client();
            String activities = publisher.url() + "/api/" + TRACK.slug() + "/activities";
            String plan = new ActivityRequests().plan(TRACK, "contended", 0);
            List<ApiClient.Reply> attempts = Retries.untilAnswered(
                    () -> client.post(
                            activities, plan, Map.of("Idempotency-Key", "contended-plan"), Duration.ofSeconds(30)),
                    Duration.ofMinutes(3));
            ApiClient.Reply planned = attempts.get(attempts.size() - 1);
            assertThat(planned.status()).as(planned.text()).isEqualTo(201);
            String activityId = planned.json().get("activityId").asString();

            Map<Integer, Long> statuses = new TreeMap<>();
            java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();
            List<Integer> winnersPerRound = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(CONTENDERS);
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<ApiClient.Reply>> replies = new ArrayList<>();
                    for (int n = 0; n < CONTENDERS; n++) {
                        String summary = "Chỉnh sửa vòng " + round + ", cán bộ " + n;
                        String key = "contended-" + round + "-" + n;
                        String ifMatch = "\"" + round + "\"";
                        replies.add(threads.submit(() -> {
                            go.await();
                            List<ApiClient.Reply> sent = Retries.untilAnswered(
                                    () -> client.post(
                                            activities + "/" + activityId + "/corrections",
                                            ActivityRequests.correction(summary),
                                            Map.of("Idempotency-Key", key, "If-Match", ifMatch),
                                            Duration.ofSeconds(60)),
                                    Duration.ofMinutes(3));
                            if (sent.size() > 1) {
                                retried.incrementAndGet();
                            }
                            return sent.get(sent.size() - 1);
                        }));
                    }
                    go.countDown();
                    int winners = 0;
                    for (Future<ApiClient.Reply> future : replies) {
                        ApiClient.Reply reply = future.get();
                        statuses.merge(reply.status(), 1L, Long::sum);
                        if (reply.isSuccess()) {
                            winners++;
                        }
                    }
                    winnersPerRound.add(winners);
                }
            } finally {
                threads.shutdownNow();
            }

            Tally tally = Tally.of(TrackLog.read(
                    cluster.bootstrapServers(), List.of(Topics.of(TRACK).name()), Duration.ofMinutes(2)));
            List<Integer> versions = tally.versionsOf(activityId);
            ApiClient.Reply current = client.get(activities + "/" + activityId, Duration.ofSeconds(30));
            long refused = statuses.entrySet().stream()
                    .filter(e -> e.getKey() == 409 || e.getKey() == 412)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            long duplicated = winnersPerRound.stream().filter(w -> w > 1).count();
            figures.operations("%d rounds of %d concurrent corrections".formatted(ROUNDS, CONTENDERS))
                    .lost(winnersPerRound.stream().filter(w -> w == 0).count())
                    .duplicated(duplicated)
                    .recovered("n/a (no outage)")
                    .detail(
                            "Final answers over all rounds by status: %s (%d corrections answered 5xx first and sent"
                                    + " again with their key); winners per round %s; the log holds versions %s of"
                                    + " the activity, and the publisher answers ETag %s.",
                            statuses, retried.get(), winnersPerRound, versions, current.header("ETag"));

            assertThat(winnersPerRound).as("successful corrections per round").containsOnly(1);
            assertThat(refused).as("409/412 answers").isEqualTo((long) ROUNDS * (CONTENDERS - 1));
            assertThat(versions).as("versions of the activity in the log").containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(tally.activitiesWithGapsOrRepeats()).isEmpty();
            assertThat(current.header("ETag")).isEqualTo("\"" + (ROUNDS + 1) + "\"");
        }
    }
}
