package org.cooplog.audit.log;

/** Told after every batch of a long read, so a terminal can show how far it is; the log is never read twice for it. */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (records, expected) -> {};

    /**
     * @param records records read so far
     * @param expected about how many there are in all: the sum of the partitions' spans, an upper bound
     */
    void read(long records, long expected);
}
