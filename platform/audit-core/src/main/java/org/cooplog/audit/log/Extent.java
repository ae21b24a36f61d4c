package org.cooplog.audit.log;

/**
 * The offsets a partition spans when it is read: from its first record (0 unless records were deleted) to its end
 * (exclusive; for a read-committed reader the end of what is committed).
 */
public record Extent(long start, long end) {

    /** At most this many records: fewer where transaction markers and aborted records leave gaps. */
    public long span() {
        return Math.max(0, end - start);
    }
}
