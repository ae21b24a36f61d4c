package org.cooplog.audit.log;

import java.util.List;
import java.util.stream.Stream;
import org.cooplog.events.Topics;

/** Which topics an audit reads, named once so the tool, the projector's API and the checkpoints agree. */
public final class AuditedTopics {

    /** Asked of every record a verify reads: worked out once. */
    private static final List<String> TRACKS =
            Topics.tracks().stream().map(Topics.TopicSpec::name).toList();

    private AuditedTopics() {}

    /** The five track topics, where activity events are. */
    public static List<String> tracks() {
        return TRACKS;
    }

    /**
     * The topics whose partitions get running-hash checkpoints: the tracks and the reports. Not the checkpoints topic
     * itself (a checkpoint cannot vouch for itself; auditors keep their own copy) nor the dead-letter topics, which
     * hold copies of records already covered.
     */
    public static List<String> checkpointed() {
        return Stream.concat(tracks().stream(), Stream.of(Topics.REPORTS.name()))
                .toList();
    }

    /** Every topic of the product except the checkpoints, dead-letter topics included: what verify reads. */
    public static List<String> verified() {
        return Topics.all().stream()
                .map(Topics.TopicSpec::name)
                .filter(name -> !name.equals(Topics.AUDIT_CHECKPOINTS.name()))
                .toList();
    }

    public static boolean isTrack(String topic) {
        return tracks().contains(topic);
    }

    public static boolean isDeadLetter(String topic) {
        return topic.endsWith(".dlt");
    }
}
