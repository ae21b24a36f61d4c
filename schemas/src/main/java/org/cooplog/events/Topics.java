package org.cooplog.events;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.cooplog.events.codec.EventSerde;

/**
 * Every topic of the product in one place: its name, how many partitions it has, how its keys and values are
 * (de)serialised, and its configuration. The broker module creates exactly these; services refer to them by
 * constant, never by a string of their own.
 */
public final class Topics {

    /** Partitions of each track topic; records are keyed by activity id, so an activity stays in one. */
    public static final int TRACK_PARTITIONS = 3;

    /** Forever: the log is the system of record, nothing expires and nothing is compacted away. */
    static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

    public static final TopicSpec<SpecificRecord> UNCAC = track("cooplog.uncac.events");
    public static final TopicSpec<SpecificRecord> ASEAN_PAC = track("cooplog.aseanpac.events");
    public static final TopicSpec<SpecificRecord> APEC = track("cooplog.apec.events");
    public static final TopicSpec<SpecificRecord> BILATERAL = track("cooplog.bilateral.events");
    public static final TopicSpec<SpecificRecord> OGP = track("cooplog.ogp.events");

    /**
     * The header of a track record that holds the SHA-256 (lower-case hex) of the request whose event it is, when the
     * request had an Idempotency-Key: transport metadata, outside the event and its hash, so that a publisher can tell
     * from the log alone a retry of a key from a different request sent with it.
     */
    public static final String REQUEST_DIGEST_HEADER = "cooplog-request-digest";

    /** ReportIssued events; keyed by report id, one partition so issuance has one total order. */
    public static final TopicSpec<SpecificRecord> REPORTS =
            new TopicSpec<>("cooplog.reports", 1, Serdes.String(), new EventSerde(), KEEP_FOREVER);

    /**
     * AuditCheckpoint events: the running hash of every partition of the track and report topics, so an auditor can
     * tell a record altered, removed or reordered anywhere; one partition, keyed by {@code topic-partition@endOffset}.
     */
    public static final TopicSpec<SpecificRecord> AUDIT_CHECKPOINTS =
            new TopicSpec<>("cooplog.audit.checkpoints", 1, Serdes.String(), new EventSerde(), KEEP_FOREVER);

    private Topics() {}

    /** The topic that holds the events of one track. */
    public static TopicSpec<SpecificRecord> of(Track track) {
        return switch (track) {
            case UNCAC -> UNCAC;
            case ASEAN_PAC -> ASEAN_PAC;
            case APEC -> APEC;
            case BILATERAL -> BILATERAL;
            case OGP -> OGP;
        };
    }

    /** The five track topics, in {@link Track} order. */
    public static List<TopicSpec<SpecificRecord>> tracks() {
        return Stream.of(Track.values()).map(Topics::of).toList();
    }

    /** The dead-letter topic of a topic: where records that cannot be decoded are parked, same partitioning. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }

    /**
     * Every topic to create: the track topics, the reports topic, the audit checkpoints, and a dead-letter topic
     * beside each.
     */
    public static List<TopicSpec<?>> all() {
        Stream<TopicSpec<?>> primary = Stream.concat(tracks().stream(), Stream.of(REPORTS, AUDIT_CHECKPOINTS));
        return primary.flatMap(spec -> Stream.of(spec, spec.deadLetter())).toList();
    }

    /** The track whose events a topic holds. */
    public static Track trackOf(String topic) {
        return Stream.of(Track.values())
                .filter(track -> of(track).name().equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + topic + "' is not a track topic"));
    }

    private static TopicSpec<SpecificRecord> track(String name) {
        return new TopicSpec<>(name, TRACK_PARTITIONS, Serdes.String(), new EventSerde(), KEEP_FOREVER);
    }

    /** A topic: its name, partition count, key and value serdes, and topic-level configuration. */
    public record TopicSpec<V>(
            String name, int partitions, Serde<String> keySerde, Serde<V> valueSerde, Map<String, String> configs) {

        /** The dead-letter topic beside this one; it holds raw bytes exactly as they were read. */
        public TopicSpec<byte[]> deadLetter() {
            return new TopicSpec<>(deadLetterOf(name), partitions, Serdes.String(), Serdes.ByteArray(), configs);
        }

        public boolean isDeadLetter() {
            return name.endsWith(".dlt");
        }
    }
}
