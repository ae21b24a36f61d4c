package org.cooplog.model;

/**
 * A record of the log the read model leaves out, and why: it does not decode, or its activity's history does not
 * allow it. Anomalies are reported, never silently dropped.
 */
public record Anomaly(String topic, int partition, long offset, Kind kind, String detail)
        implements Comparable<Anomaly> {

    /** Why a record was left out. */
    public enum Kind {
        UNDECODABLE,
        REJECTED
    }

    @Override
    public int compareTo(Anomaly other) {
        int byTopic = topic.compareTo(other.topic);
        if (byTopic != 0) {
            return byTopic;
        }
        int byPartition = Integer.compare(partition, other.partition);
        return byPartition != 0 ? byPartition : Long.compare(offset, other.offset);
    }
}
