package org.cooplog.projector.log;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.TopicDescription;
import org.cooplog.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.TopicPartitionOffset;

/**
 * Every partition of every track topic, from its first record: what the projector reads. Asks the cluster until it
 * answers, within a patience: a cluster still electing leaders, or whose topics are still being created, is a
 * moment to wait through, not a reason for the projector to exit.
 */
final class TrackPartitions {

    private static final Logger log = LoggerFactory.getLogger(TrackPartitions.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final Function<String[], Map<String, TopicDescription>> describe;
    private final Duration patience;
    private final Sleeper sleeper;

    /** Waits between attempts; a test passes one that does not. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    TrackPartitions(Function<String[], Map<String, TopicDescription>> describe, Duration patience, Sleeper sleeper) {
        this.describe = describe;
        this.patience = patience;
        this.sleeper = sleeper;
    }

    TrackPartitions(Function<String[], Map<String, TopicDescription>> describe, Duration patience) {
        this(describe, patience, duration -> Thread.sleep(duration.toMillis()));
    }

    /**
     * @throws IllegalStateException when the cluster has not described the topics within the patience
     */
    TopicPartitionOffset[] fromTheBeginning() {
        String[] topics = Topics.tracks().stream().map(Topics.TopicSpec::name).toArray(String[]::new);
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                return describe.apply(topics).values().stream()
                        .flatMap(topic -> topic.partitions().stream()
                                .map(partition -> new TopicPartitionOffset(
                                        topic.name(),
                                        partition.partition(),
                                        TopicPartitionOffset.SeekPosition.BEGINNING)))
                        .toArray(TopicPartitionOffset[]::new);
            } catch (RuntimeException e) {
                if (waited.compareTo(patience) >= 0) {
                    throw new IllegalStateException(
                            "The cluster did not describe the track topics in " + attempt + " attempts over " + waited
                                    + ": " + reason(e),
                            e);
                }
                Duration pause = Duration.ofSeconds(Math.min(attempt, LONGEST_PAUSE.toSeconds()));
                log.warn(
                        "The cluster did not describe the track topics yet (attempt {}): {}; asking again in {} s",
                        attempt,
                        reason(e),
                        pause.toSeconds());
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the cluster", interrupted);
                }
                waited = waited.plus(pause);
            }
        }
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            reason.append(" / ").append(cause.getMessage());
        }
        return reason.toString();
    }
}
