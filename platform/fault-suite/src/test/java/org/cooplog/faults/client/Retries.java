package org.cooplog.faults.client;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.IterativePollInterval;

/**
 * What a careful client does when the service answers 5xx or cannot be reached: the same request again, with the
 * same Idempotency-Key, backing off from a tenth of a second to two, until it gets an answer or its patience ends.
 */
public final class Retries {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private Retries() {}

    /** Every reply in order; the last is the answer, or the last failure if the budget ran out. */
    public static List<ApiClient.Reply> untilAnswered(Supplier<ApiClient.Reply> attempt, Duration budget) {
        List<ApiClient.Reply> replies = new ArrayList<>();
        try {
            await().atMost(budget)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(new IterativePollInterval(
                            pause -> pause.compareTo(LONGEST_PAUSE) >= 0 ? LONGEST_PAUSE : pause.multipliedBy(2),
                            FIRST_PAUSE))
                    .until(() -> {
                        ApiClient.Reply reply = attempt.get();
                        replies.add(reply);
                        return !reply.failedOnServerSide();
                    });
        } catch (ConditionTimeoutException gaveUp) {
            // The caller sees the last failure as the outcome.
        }
        return replies;
    }
}
