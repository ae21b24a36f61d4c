package org.cooplog.publisher.log;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooplog.events.Topics;
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
 * <p>Writes are serialised: a command is checked against the activity as it stands, folded to make sure the step is
 * allowed, written in a Kafka transaction and only then applied here. The transactional producer's fixed id fences
 * any other instance of the same service, so the track has one writer. After any failed write the view is marked
 * stale and rebuilt from the log before the next write, so what the log holds, not what this process believed, is
 * what the next command is checked against.
 */
public final class ActivityLog {

    private static final Logger log = LoggerFactory.getLogger(ActivityLog.class);

    private final Track track;
    private final String service;
    private final LogReader reader;
    private final LogWriter writer;
    private final Clock clock;
    private final ReentrantLock writes = new ReentrantLock(true);
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    private volatile Map<String, TrackedActivity> activities = new ConcurrentHashMap<>();
    private volatile Map<String, RecordedEvent> byKey = new ConcurrentHashMap<>();
    private volatile boolean stale = true;

    ActivityLog(Track track, String service, LogReader reader, LogWriter writer, Clock clock) {
        this.track = track;
        this.service = service;
        this.reader = reader;
        this.writer = writer;
        this.clock = clock;
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
        if (command.expectedVersion() == null) {
            throw new ActivityLogException(
                    Kind.PRECONDITION_REQUIRED,
                    "Send If-Match with the activity version you are changing, e.g. If-Match: \"3\"",
                    null);
        }
        if (!stale) {
            TrackedActivity seen = activities.get(activityId);
            if (seen == null && replayOf(command) == null) {
                throw new ActivityLogException(Kind.NOT_FOUND, "No activity " + activityId + " in this track", null);
            }
            if (seen != null && seen.activity().version() != command.expectedVersion() && replayOf(command) == null) {
                throw new ActivityLogException(
                        Kind.STALE_VERSION,
                        "The activity is at version " + seen.activity().version() + ", not " + command.expectedVersion()
                                + ": reload it and decide again",
                        seen.activity().version());
            }
        }
        return write(activityId, command, event, check);
    }

    /** A planned activity of a bulk import: its idempotency key and its event. */
    public record Planned(String idempotencyKey, Function<EventEnvelope, ? extends SpecificRecord> event) {}

    /**
     * Opens many activities in one transaction: all of them are in the log afterwards, or none is. If the first key
     * was written before, the earlier answers are returned and nothing is written.
     */
    public List<RecordedEvent> planAll(String recordedBy, List<Planned> plans) {
        writes.lock();
        try {
            ensureFreshLocked();
            if (!plans.isEmpty() && byKey.containsKey(plans.get(0).idempotencyKey())) {
                return plans.stream()
                        .map(p -> byKey.get(p.idempotencyKey()))
                        .map(r -> r == null ? null : r.asReplay())
                        .toList();
            }
            List<SpecificRecord> events = new ArrayList<>();
            List<Activity> next = new ArrayList<>();
            for (Planned plan : plans) {
                SpecificRecord event =
                        build(null, new Command(recordedBy, plan.idempotencyKey(), null, null), plan.event());
                next.add(fold(null, event));
                events.add(event);
            }
            List<PublishedEvent> published = publish(events);
            List<RecordedEvent> recorded = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                recorded.add(remember(events.get(i), next.get(i), published.get(i)));
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
        RecordedEvent earlier = replayOf(command);
        if (earlier != null) {
            return earlier;
        }
        writes.lock();
        try {
            ensureFreshLocked();
            earlier = replayOf(command);
            if (earlier != null) {
                return earlier;
            }
            Activity current = null;
            if (activityId != null) {
                TrackedActivity tracked = activities.get(activityId);
                if (tracked == null) {
                    throw new ActivityLogException(
                            Kind.NOT_FOUND, "No activity " + activityId + " in this track", null);
                }
                current = tracked.activity();
                if (current.version() != command.expectedVersion()) {
                    throw new ActivityLogException(
                            Kind.CONCURRENT_CHANGE,
                            "Another change to the activity was recorded while this one was on its way; it is now at version "
                                    + current.version() + ": reload it and decide again",
                            current.version());
                }
            }
            SpecificRecord event = build(current, command, build);
            Activity next = fold(current, event);
            check.accept(next);
            PublishedEvent published = publish(List.of(event)).get(0);
            if (command.idempotencyKey() != null && command.requestDigest() != null) {
                digests.put(command.idempotencyKey(), command.requestDigest());
            }
            return remember(event, next, published);
        } finally {
            writes.unlock();
        }
    }

    private SpecificRecord build(
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
        return EventHash.seal(build.apply(envelope));
    }

    private static Activity fold(Activity current, SpecificRecord event) {
        try {
            return ActivityFold.apply(current, event);
        } catch (RejectedEvent e) {
            throw switch (e.reason()) {
                case NOT_ALLOWED_NOW ->
                    new ActivityLogException(
                            Kind.NOT_ALLOWED_NOW,
                            capitalised(e.getMessage()),
                            current == null ? null : current.version());
                case INVALID_CORRECTION ->
                    new ActivityLogException(
                            Kind.INVALID_CORRECTION,
                            capitalised(e.getMessage()),
                            current == null ? null : current.version());
                default -> new IllegalStateException("the publisher built an event its own fold refuses", e);
            };
        }
    }

    private List<PublishedEvent> publish(List<SpecificRecord> events) {
        try {
            return writer.write(Topics.of(track), events);
        } catch (BrokerUnavailableException e) {
            stale = true;
            throw e;
        }
    }

    private RecordedEvent remember(SpecificRecord event, Activity next, PublishedEvent published) {
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
        HistoryEntry entry = historyEntry(event);
        activities.put(
                envelope.getActivityId(),
                before == null ? new TrackedActivity(next, List.of(entry)) : before.then(next, entry));
        if (envelope.getIdempotencyKey() != null) {
            byKey.put(envelope.getIdempotencyKey(), recorded);
        }
        return recorded;
    }

    private RecordedEvent replayOf(Command command) {
        if (command.idempotencyKey() == null) {
            return null;
        }
        RecordedEvent earlier = byKey.get(command.idempotencyKey());
        if (earlier == null) {
            return null;
        }
        String digest = digests.get(command.idempotencyKey());
        if (digest != null && command.requestDigest() != null && !digest.equals(command.requestDigest())) {
            throw new ActivityLogException(
                    Kind.KEY_REUSED,
                    "Idempotency-Key " + command.idempotencyKey() + " was already used for a different request",
                    null);
        }
        return earlier.asReplay();
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
        Map<String, TrackedActivity> rebuilt = new ConcurrentHashMap<>();
        Map<String, RecordedEvent> keys = new ConcurrentHashMap<>();
        int[] counts = new int[2];
        reader.replay(Topics.of(track), record -> {
            counts[0]++;
            if (!apply(record, rebuilt, keys)) {
                counts[1]++;
            }
        });
        activities = rebuilt;
        byKey = keys;
        stale = false;
        log.info(
                "Replayed {} events of {} activities from {}{}",
                counts[0],
                rebuilt.size(),
                Topics.of(track).name(),
                counts[1] == 0 ? "" : "; left out " + counts[1] + " that do not decode or do not follow");
    }

    private static boolean apply(
            ConsumerRecord<String, byte[]> record, Map<String, TrackedActivity> into, Map<String, RecordedEvent> keys) {
        try {
            SpecificRecord event = EventCodec.standard().decode(record.value());
            EventEnvelope envelope = EventHash.envelopeOf(event);
            TrackedActivity before = into.get(envelope.getActivityId());
            Activity next = ActivityFold.apply(before == null ? null : before.activity(), event);
            HistoryEntry entry = historyEntry(event);
            into.put(
                    envelope.getActivityId(),
                    before == null ? new TrackedActivity(next, List.of(entry)) : before.then(next, entry));
            if (envelope.getIdempotencyKey() != null) {
                keys.put(
                        envelope.getIdempotencyKey(),
                        new RecordedEvent(
                                envelope.getActivityId(),
                                envelope.getActivityVersion(),
                                envelope.getEventId(),
                                envelope.getRecordedAt(),
                                next.lastHash(),
                                new PublishedEvent(record.topic(), record.partition(), record.offset()),
                                false));
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
}
