package org.cooplog.projector.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.checkpoint.Checkpoint;
import org.cooplog.audit.log.ReadProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes, every {@code cooplog.audit.checkpoint-every} and at shutdown, the running hash of every partition of the
 * track and report topics that moved since its last checkpoint. A checkpoint vouches for every record below its end
 * offset, whatever activity it belongs to, so an auditor who keeps copies can tell a record altered, removed or
 * reordered anywhere. Checkpoints are a function of the log alone: two instances publish the same one for the same
 * end offset, and the checkpoints topic says which end offsets are published already.
 */
@Component
class CheckpointPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CheckpointPublisher.class);

    private final AuditProperties properties;
    private final PartitionHasher hasher;
    private final CheckpointSender sender;
    private final LogAudit audit;
    private final Clock clock;
    private Map<String, Checkpoint> published;

    CheckpointPublisher(
            AuditProperties properties,
            Supplier<Consumer<byte[], byte[]>> auditConsumers,
            CheckpointSender sender,
            LogAudit audit,
            Clock clock) {
        this.properties = properties;
        this.hasher = new PartitionHasher(auditConsumers);
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${cooplog.audit.checkpoint-every:PT60S}",
            initialDelayString = "${cooplog.audit.checkpoint-every:PT60S}")
    void scheduled() {
        if (!properties.checkpoints()) {
            return;
        }
        try {
            checkpoint(Duration.ofMinutes(10));
        } catch (RuntimeException e) {
            log.warn("Could not publish checkpoints now: {}", e.getMessage());
        }
    }

    /**
     * Reads what is new, for at most {@code budget}, and publishes a checkpoint of every partition that moved.
     *
     * @return the checkpoints published now; none when nothing new was read
     */
    synchronized List<Checkpoint> checkpoint(Duration budget) {
        if (published == null) {
            published = new HashMap<>();
            audit.checkpoints(ReadProgress.NONE).forEach(c -> published.put(c.key(), c));
        }
        Map<TopicPartition, Long> lastEnd = new HashMap<>();
        published.values().forEach(c -> lastEnd.merge(c.topicPartition(), c.endOffset(), Math::max));
        List<Checkpoint> due = new ArrayList<>();
        for (Checkpoint checkpoint : hasher.readNew(budget, clock.instant())) {
            Checkpoint earlier = published.get(checkpoint.key());
            if (earlier != null && !earlier.agreesWith(checkpoint)) {
                log.error("The log no longer hashes to published checkpoint {}: now {}", earlier, checkpoint);
            } else if (earlier == null
                    && checkpoint.endOffset() > lastEnd.getOrDefault(checkpoint.topicPartition(), 0L)) {
                due.add(checkpoint);
            }
        }
        if (!due.isEmpty()) {
            sender.send(due);
            due.forEach(c -> published.put(c.key(), c));
            log.info("Published {} checkpoint(s)", due.size());
        }
        return due;
    }

    /**
     * Publishes the last checkpoint, of what can be read within {@code last-checkpoint-within}: a checkpoint of part of
     * a partition is still true. Shutdown never waits longer, even for a cluster that has gone away first.
     */
    @Override
    public void destroy() throws InterruptedException {
        if (!properties.checkpoints()) {
            hasher.close();
            return;
        }
        Duration within = properties.lastCheckpointWithin();
        Thread last = new Thread(
                () -> {
                    try {
                        checkpoint(within);
                    } catch (RuntimeException e) {
                        log.warn("Could not publish checkpoints at shutdown: {}", e.getMessage());
                    }
                },
                "last-checkpoint");
        last.setDaemon(true);
        last.start();
        last.join(within.toMillis());
        if (last.isAlive()) {
            log.warn("Gave up the last checkpoint after {}; the next start publishes it", within);
        } else {
            hasher.close();
        }
    }
}
