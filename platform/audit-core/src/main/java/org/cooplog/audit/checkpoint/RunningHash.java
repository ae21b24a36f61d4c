package org.cooplog.audit.checkpoint;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.cooplog.audit.log.LogRecord;

/**
 * The hash of a partition's records so far, chained record by record so that changing, removing or reordering any
 * one of them changes every hash after it:
 *
 * <pre>
 * h(-1) = 32 zero bytes
 * h(n)  = SHA-256( h(n-1) ‖ offset ‖ timestamp ‖ key length ‖ key ‖ value length ‖ value )
 * </pre>
 *
 * offset and timestamp (epoch milliseconds) as 8 bytes, lengths as 4 bytes, all big-endian; a null key or value has
 * length -1 and no bytes. Taken over the records a read-committed reader sees, in offset order; headers are not
 * covered.
 *
 * @param records how many records the hash covers
 */
public record RunningHash(byte[] hash, long records) {

    public static final int LENGTH = 32;

    /** Before the first record of a partition. */
    public static final RunningHash START = new RunningHash(new byte[LENGTH], 0);

    public RunningHash {
        if (hash.length != LENGTH) {
            throw new IllegalArgumentException("a running hash has " + LENGTH + " bytes, not " + hash.length);
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    public RunningHash next(LogRecord record) {
        return next(record.offset(), record.timestamp(), record.key(), record.value());
    }

    public RunningHash next(long offset, long timestamp, byte[] key, byte[] value) {
        MessageDigest sha256 = sha256();
        sha256.update(hash);
        sha256.update(ByteBuffer.allocate(16).putLong(offset).putLong(timestamp).array());
        lengthPrefixed(sha256, key);
        lengthPrefixed(sha256, value);
        return new RunningHash(sha256.digest(), records + 1);
    }

    public boolean matches(byte[] other) {
        return MessageDigest.isEqual(hash, other);
    }

    public String hex() {
        return HexFormat.of().formatHex(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunningHash that && records == that.records && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "RunningHash[" + hex() + " over " + records + " records]";
    }

    private static void lengthPrefixed(MessageDigest sha256, byte[] bytes) {
        sha256.update(
                ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha256.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
