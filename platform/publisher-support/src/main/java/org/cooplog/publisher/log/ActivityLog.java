package org.cooplog.publisher.log;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;
import org.cooplog.events.Track;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityFold;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.RejectedEvent;
import org.cooplog.publisher.log.ActivityLogException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A publisher's view of its track: every activity as its events make it, rebuilt by replaying the track topic, and
 * the one way to add events to it.
 *
 * <p>Writes are serialised and grouped: the commands that arrive while a transaction is committing wait, in order, and
 * go together into the next one. Each is checked against the activity as the commands before it leave it, folded to
 * make sure the step is allowed, and applied here only once its transaction committed; a command refused is answered
 * alone and takes nothing else down with it. The transactional producer's fixed id fences
 * any other instance of the same service, so the track has one writer. After any failed write the view is marked
 * stale and rebuilt from the log before the next write, so what the log holds, not what this process believed, is
 * what the next command is checked against.
 */
public final class ActivityLog {

    private static final Logger log = LoggerFactory.getLogger(ActivityLog.class);

    private final Track track;
    private final String service;
    private final TopicReader reader;
    private final TopicWriter writer;
    private final Clock clock;
    /** The most commands one transaction carries; more wait for the next. */
    static final int MAX_BATCH = 500;

    private final ReentrantLock writes = new ReentrantLock(true);

    private volatile Map<String, TrackedActivity> activities = new ConcurrentHashMap<>();
    private volatile IdempotencyKeys keys = new IdempotencyKeys();
    private volatile boolean stale = true;
    private final BlockingQueue<Pending> queued = new LinkedBlockingQueue<>();
    private final AtomicLong commits = new AtomicLong();

    ActivityLog(Track track, String service, TopicReader reader, TopicWriter writer, Clock clock) {
        this.track = track;
        this.service = service;
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
        Thread committer = new Thread(this::commitForever, service + "-commits");
        committer.setDaemon(true);
        committer.start();
    }

    /** Reads a track topic from its start to its end, committed records only. */
    interface TopicReader {
        /** @throws BrokerUnavailableException when the topic cannot be read to its end */
        void replay(TopicSpec<?> topic, java.util.function.Consumer<ConsumerRecord<String, byte[]>> each);
    }

    /** An event to write, and the digest of the request it answers, which its record carries in a header. */
    record Outgoing(EventHash.Sealed<SpecificRecord> event, String requestDigest) {}

    /** Writes events to a track topic in one transaction. */
    interface TopicWriter {
        /** @throws BrokerUnavailableException when the transaction did not commit, or may not have */
        List<PublishedEvent> write(TopicSpec<?> topic, List<Outgoing> events);

        /**
         * Returns once no transaction this service's writer began is still undecided: committed or aborted, and so
         * visible or not to a read-committed reader. Called before the log is read back, so that a write whose outcome
         * was unknown is in what is read if it committed.
         *
         * @throws BrokerUnavailableException when the broker cannot settle it now
         */
        void settle();
    }

    public Track track() {
        return track;
    }

    /** Rebuilds the view from the log now; called at start-up and whenever a write failed. */
    public void sync() {
        writes.lock();
        try {
            replay();
        } finally {
            writes.unlock();
        }
    }

    public Optional<TrackedActivity> find(String activityId) {
        ensureFresh();
        return Optional.ofNullable(activities.get(activityId));
    }

    /** Every activity of the track, by start date. */
    public List<TrackedActivity> all() {
        ensureFresh();
        return activities.values().stream()
                .sorted(Comparator.comparing(
                                (TrackedActivity t) -> t.activity().starts().getDate())
                        .thenComparing(t -> t.activity().id()))
                .toList();
    }

    /** Opens a new activity with its planned event. */
    public RecordedEvent plan(Command command, Function<EventEnvelope, ? extends SpecificRecord> event) {
        return write(null, command, event, next -> {});
    }

    /**
     * Adds one event to an existing activity.
     *
     * @param check a further check of the activity as the event would leave it; throws to refuse
     */
    public RecordedEvent record(
            String activityId,
            Command command,
            Function<EventEnvelope, ? extends SpecificRecord> event,
            java.util.function.Consumer<Activity> check) {
        if (command.ifMatch() == null) {
            throw new ActivityLogException(
                    Kind.PRECONDITION_REQUIRED,
                    "Send If-Match with the activity version you are changing, e.g. If-Match: \"3\"",
                    null);
        }
        if (!stale) {
            TrackedActivity seen = activities.get(activityId);
            if (seen == null && keys.earlierAnswer(activityId, command) == null) {
                throw new ActivityLogException(Kind.NOT_FOUND, "No activity " + activityId + " in this track", null);
            }
            if (seen != null
                    && !command.ifMatch().matches(seen.activity().version())
                    && keys.earlierAnswer(activityId, command) == null) {
                throw new ActivityLogException(
                        Kind.STALE_VERSION,
                        command.ifMatch().mismatch(seen.activity().version()),
                        seen.activity().version());
            }
        }
        return write(activityId, command, event, check);
    }

    /** A planned activity of a bulk import: its idempotency key and its event. */
    public record Planned(String idempotencyKey, Function<EventEnvelope, ? extends SpecificRecord> event) {}

    /**
     * Opens many activities in one transaction: all of them are in the log afterwards, or none is. If the caller
     * wrote the first key before, the earlier answers are returned and nothing is written; the keys of another caller
     * are not this caller's.
     */
    public List<RecordedEvent> planAll(String recordedBy, List<Planned> plans) {
        writes.lock();
        try {
            ensureFreshLocked();
            IdempotencyKeys known = keys;
            if (!plans.isEmpty()
                    && known.answerTo(new IdempotencyKeys.Use(
                                    recordedBy, plans.get(0).idempotencyKey()))
                            != null) {
                return plans.stream()
                        .map(p -> known.answerTo(new IdempotencyKeys.Use(recordedBy, p.idempotencyKey())))
                        .toList();
            }
            List<EventHash.Sealed<SpecificRecord>> events = new ArrayList<>();
            List<Activity> next = new ArrayList<>();
            for (Planned plan : plans) {
                EventHash.Sealed<SpecificRecord> event =
                        build(null, new Command(recordedBy, plan.idempotencyKey(), null, null), plan.event());
                next.add(fold(null, event.event()));
                events.add(event);
            }
            List<PublishedEvent> published = publish(
                    events.stream().map(event -> new Outgoing(event, null)).toList());
            List<RecordedEvent> recorded = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                recorded.add(remember(events.get(i).event(), next.get(i), published.get(i), null));
            }
            return recorded;
        } finally {
            writes.unlock();
        }
    }

    private RecordedEvent write(
            String activityId,
            Command command,
            Function<EventEnvelope, ? extends SpecificRecord> build,
            java.util.function.Consumer<Activity> check) {
        RecordedEvent earlier = keys.earlierAnswer(activityId, command);
        if (earlier != null) {
            return earlier;
        }
        Pending mine = new Pending(activityId, command, build, check);
        queued.add(mine);
        return mine.answer();
    }

    /**
     * Group commit, on the log's own thread: takes every command queued so far (in arrival order, up to
     * {@link #MAX_BATCH}), checks each against the activity as the commands before it leave it, and writes the events
     * of those accepted in one transaction; then at once the commands that arrived meanwhile. A command refused
     * answers alone; a transaction that does not commit fails every command in it.
     */
    private void commitForever() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queued.take());
            } catch (InterruptedException e) {
                return;
            }
            queued.drainTo(batch, MAX_BATCH - 1);
            writes.lock();
            try {
                commit(batch);
            } catch (RuntimeException | Error e) {
                log.error("A commit of {} commands broke off", batch.size(), e);
            } finally {
                writes.unlock();
                for (Pending pending : batch) {
                    if (!pending.answered()) {
                        // Broke off: whether its transaction committed is unknown, so read the log again.
                        stale = true;
                        pending.fail(
                                new BrokerUnavailableException("the commit this request was part of broke off", null));
                    }
                }
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            ensureFreshLocked();
        } catch (RuntimeException e) {
            batch.forEach(pending -> pending.fail(e));
            return;
        }
        Map<String, Activity> ahead = new HashMap<>();
        Map<IdempotencyKeys.Use, Pending> keysAhead = new HashMap<>();
        List<Pending> writing = new ArrayList<>();
        for (Pending pending : batch) {
            try {
                prepare(pending, ahead, keysAhead, writing);
            } catch (RuntimeException e) {
                pending.fail(e);
            }
        }
        if (writing.isEmpty()) {
            return;
        }
        List<PublishedEvent> published;
        try {
            published = publish(writing.stream()
                    .map(pending -> new Outgoing(pending.sealed(), pending.command.requestDigest()))
                    .toList());
        } catch (RuntimeException e) {
            writing.forEach(pending -> pending.fail(e));
            return;
        }
        for (int i = 0; i < writing.size(); i++) {
            Pending pending = writing.get(i);
            pending.succeed(
                    remember(pending.event(), pending.next(), published.get(i), pending.command.requestDigest()));
        }
        commits.incrementAndGet();
    }

    private void prepare(
            Pending pending,
            Map<String, Activity> ahead,
            Map<IdempotencyKeys.Use, Pending> keysAhead,
            List<Pending> writing) {
        Command command = pending.command;
        RecordedEvent earlier = keys.earlierAnswer(pending.activityId, command);
        if (earlier != null) {
            pending.succeed(earlier);
            return;
        }
        IdempotencyKeys.Use key = IdempotencyKeys.Use.of(command);
        Pending first = key == null ? null : keysAhead.get(key);
        if (first != null) {
            if (IdempotencyKeys.differ(first.command.requestDigest(), command.requestDigest())
                    || !Objects.equals(first.activityId, pending.activityId)) {
                throw IdempotencyKeys.reused(key);
            }
            first.repeatedBy(pending);
            return;
        }
        Activity current = null;
        if (pending.activityId != null) {
            current = ahead.get(pending.activityId);
            if (current == null) {
                TrackedActivity tracked = activities.get(pending.activityId);
                if (tracked == null) {
                    throw new ActivityLogException(
                            Kind.NOT_FOUND, "No activity " + pending.activityId + " in this track", null);
                }
                current = tracked.activity();
            }
            if (!command.ifMatch().matches(current.version())) {
                if (command.ifMatch().weakOnly()) {
                    throw new ActivityLogException(
                            Kind.STALE_VERSION, command.ifMatch().mismatch(current.version()), current.version());
                }
                throw new ActivityLogException(
                        Kind.CONCURRENT_CHANGE,
                        "Another change to the activity was recorded while this one was on its way; it is now at version "
                                + current.version() + ": reload it and decide again",
                        current.version());
            }
        }
        EventHash.Sealed<SpecificRecord> event = build(current, command, pending.build);
        Activity next = fold(current, event.event());
        pending.check.accept(next);
        pending.prepared(event, next);
        ahead.put(next.id(), next);
        if (key != null) {
            keysAhead.put(key, pending);
        }
        writing.add(pending);
    }

    /** How many transactions have committed single commands since start; fewer than the commands when they group. */
    public long commits() {
        return commits.get();
    }

    /** How many commands wait for a transaction now. */
    int waiting() {
        return queued.size();
    }

    private EventHash.Sealed<SpecificRecord> build(
            Activity current, Command command, Function<EventEnvelope, ? extends SpecificRecord> build) {
        // Millisecond precision: the envelope keeps no more, and the hash covers what is kept.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope envelope = EventEnvelope.newBuilder()
                .setEventId(UUID.randomUUID())
                .setActivityId(current == null ? track.slug() + "-" + UUID.randomUUID() : current.id())
                .setActivityVersion(current == null ? 1 : current.version() + 1)
                .setRecordedAt(recordedAt)
                .setRecordedBy(command.recordedBy())
                .setService(service)
                .setIdempotencyKey(command.idempotencyKey())
                .setPreviousHash(
                        current == null ? null : new Sha256(HexFormat.of().parseHex(current.lastHash())))
                .setHash(new Sha256(new byte[EventHash.LENGTH]))
                .build();
        return EventHash.sealEncoded((SpecificRecord) build.apply(envelope));
    }

    /** The activity after a command's event, by the fold's rules for commands: a step that changes nothing is refused. */
    private static Activity fold(Activity current, SpecificRecord event) {
        try {
            return ActivityFold.applyCommand(current, event);
        } catch (RejectedEvent e) {
            throw switch (e.reason()) {
                case NO_CHANGE ->
                    new ActivityLogException(Kind.NO_CHANGE, capitalised(e.getMessage()), current.version());
                case NOT_ALLOWED_NOW ->
                    new ActivityLogException(
                            Kind.NOT_ALLOWED_NOW,
                            capitalised(e.getMessage()),
                            current == null ? null : current.version(),
                            current == null ? null : current.status().name());
                case INVALID_CORRECTION ->
                    new ActivityLogException(
                            Kind.INVALID_CORRECTION,
                            capitalised(e.getMessage()),
                            current == null ? null : current.version());
                default -> new IllegalStateException("the publisher built an event its own fold refuses", e);
            };
        }
    }

    private List<PublishedEvent> publish(List<Outgoing> events) {
        try {
            return writer.write(Topics.of(track), events);
        } catch (BrokerUnavailableException e) {
            stale = true;
            throw e;
        }
    }

    private RecordedEvent remember(
            SpecificRecord event, Activity next, PublishedEvent published, String requestDigest) {
        EventEnvelope envelope = EventHash.envelopeOf(event);
        RecordedEvent recorded = new RecordedEvent(
                envelope.getActivityId(),
                envelope.getActivityVersion(),
                envelope.getEventId(),
                envelope.getRecordedAt(),
                next.lastHash(),
                published,
                false);
        TrackedActivity before = activities.get(envelope.getActivityId());
        activities.put(
                envelope.getActivityId(),
                before == null ? new TrackedActivity(next, List.of(event)) : before.then(next, event));
        if (envelope.getIdempotencyKey() != null) {
            keys.remember(
                    new IdempotencyKeys.Use(envelope.getRecordedBy(), envelope.getIdempotencyKey()),
                    recorded,
                    requestDigest);
        }
        return recorded;
    }

    private void ensureFresh() {
        if (stale) {
            sync();
        }
    }

    private void ensureFreshLocked() {
        if (stale) {
            replay();
        }
    }

    private void replay() {
        // A transaction whose commit timed out may still commit: read the log only once it has been decided, or the
        // retry of its command would find nothing and publish it a second time.
        writer.settle();
        Map<String, TrackedActivity> rebuilt = new ConcurrentHashMap<>();
        IdempotencyKeys rebuiltKeys = new IdempotencyKeys();
        int[] counts = new int[2];
        reader.replay(Topics.of(track), record -> {
            counts[0]++;
            if (!apply(record, rebuilt, rebuiltKeys)) {
                counts[1]++;
            }
        });
        activities = rebuilt;
        keys = rebuiltKeys;
        stale = false;
        log.info(
                "Replayed {} events of {} activities from {}{}",
                counts[0],
                rebuilt.size(),
                Topics.of(track).name(),
                counts[1] == 0 ? "" : "; left out " + counts[1] + " that do not decode or do not follow");
    }

    private static boolean apply(
            ConsumerRecord<String, byte[]> record, Map<String, TrackedActivity> into, IdempotencyKeys keys) {
        try {
            SpecificRecord event = EventCodec.standard().decode(record.value());
            EventEnvelope envelope = EventHash.envelopeOf(event);
            TrackedActivity before = into.get(envelope.getActivityId());
            Activity next = ActivityFold.apply(before == null ? null : before.activity(), event);
            into.put(
                    envelope.getActivityId(),
                    before == null ? new TrackedActivity(next, List.of(event)) : before.then(next, event));
            if (envelope.getIdempotencyKey() != null) {
                keys.remember(
                        new IdempotencyKeys.Use(envelope.getRecordedBy(), envelope.getIdempotencyKey()),
                        new RecordedEvent(
                                envelope.getActivityId(),
                                envelope.getActivityVersion(),
                                envelope.getEventId(),
                                envelope.getRecordedAt(),
                                next.lastHash(),
                                new PublishedEvent(record.topic(), record.partition(), record.offset()),
                                false),
                        IdempotencyKeys.digestOf(record.headers()));
            }
            return true;
        } catch (UndecodableRecordException | RejectedEvent e) {
            log.warn("Left out {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    static HistoryEntry historyEntry(SpecificRecord event) {
        EventEnvelope envelope = EventHash.envelopeOf(event);
        Map<String, Object> content = new LinkedHashMap<>();
        for (Schema.Field field : event.getSchema().getFields()) {
            if (!field.name().equals("envelope")) {
                content.put(field.name(), AvroPlain.toPlain(field.schema(), event.get(field.pos())));
            }
        }
        return new HistoryEntry(
                envelope.getActivityVersion(),
                event.getSchema().getName(),
                envelope.getRecordedAt(),
                envelope.getRecordedBy(),
                envelope.getService(),
                EventHash.hex(envelope.getHash().bytes()),
                content);
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** A command waiting for a commit, and then its answer, which the log's thread gives and its caller waits for. */
    private static final class Pending {

        private final String activityId;
        private final Command command;
        private final Function<EventEnvelope, ? extends SpecificRecord> build;
        private final java.util.function.Consumer<Activity> check;
        private final List<Pending> repeats = new ArrayList<>();
        private EventHash.Sealed<SpecificRecord> event;
        private Activity next;
        private final CompletableFuture<RecordedEvent> answer = new CompletableFuture<>();

        Pending(
                String activityId,
                Command command,
                Function<EventEnvelope, ? extends SpecificRecord> build,
                java.util.function.Consumer<Activity> check) {
            this.activityId = activityId;
            this.command = command;
            this.build = build;
            this.check = check;
        }

        void prepared(EventHash.Sealed<SpecificRecord> event, Activity next) {
            this.event = event;
            this.next = next;
        }

        SpecificRecord event() {
            return event.event();
        }

        EventHash.Sealed<SpecificRecord> sealed() {
            return event;
        }

        Activity next() {
            return next;
        }

        /** A retry of this command in the same batch: it gets this command's answer, as a replay. */
        void repeatedBy(Pending retry) {
            repeats.add(retry);
        }

        void succeed(RecordedEvent recorded) {
            answer.complete(recorded);
            repeats.forEach(retry -> retry.succeed(recorded.asReplay()));
        }

        void fail(RuntimeException e) {
            answer.completeExceptionally(e);
            repeats.forEach(retry -> retry.fail(e));
        }

        boolean answered() {
            return answer.isDone();
        }

        /** Waits for the commit this command is part of; throws what refused or failed it. */
        RecordedEvent answer() {
            try {
                return answer.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
