package org.cooplog.events.codec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;

/**
 * The per-activity hash chain. An event's hash is SHA-256 over the previous event's hash (32 zero bytes for an
 * activity's first event) followed by the single-object encoding of the event with its own hash set to 32 zero
 * bytes. Anyone can recompute it from the record as written: set the 32 bytes of its hash to zero and hash; any Avro
 * implementation finds them by reading the record with its writer schema up to {@code envelope.hash}.
 */
public final class EventHash {

    public static final int LENGTH = 32;
    private static final byte[] ZERO = new byte[LENGTH];

    private EventHash() {}

    /** The envelope of an activity event, or null for an event that has none (e.g. ReportIssued). */
    public static EventEnvelope envelopeOf(SpecificRecord event) {
        Schema.Field field = event.getSchema().getField("envelope");
        return field == null ? null : (EventEnvelope) event.get(field.pos());
    }

    /**
     * Sets the hash of an activity event from its previous hash (already in its envelope) and its content.
     *
     * @return the same event, sealed
     */
    public static <T extends SpecificRecord> T seal(T event) {
        return sealEncoded(event).event();
    }

    /**
     * An event sealed, with the record a topic holds for it.
     *
     * @param record the event's single-object encoding, hash included: what {@link EventCodec#encode} gives
     */
    public record Sealed<T extends SpecificRecord>(T event, byte[] record) {}

    /**
     * Seals an event and encodes it once: encoded with its hash zeroed, hashed, and the hash written into both the
     * event and its 32 bytes of the record, which is then exactly the encoding of the sealed event.
     */
    public static <T extends SpecificRecord> Sealed<T> sealEncoded(T event) {
        EventEnvelope envelope = envelopeOf(event);
        // The event is the sealer's to change: hashed as it is with its hash zeroed, rather than as a copy.
        envelope.setHash(new Sha256(ZERO.clone()));
        byte[] record = EventCodec.standard().encode(event);
        int[] at = RecordWalk.hashPositions(record, event.getSchema());
        byte[] hash = recompute(record, at[0], at[1]);
        System.arraycopy(hash, 0, record, at[1], LENGTH);
        envelope.setHash(new Sha256(hash));
        return new Sealed<>(event, record);
    }

    /** The hash an activity event should carry, whatever its hash field holds now. */
    public static byte[] compute(SpecificRecord event) {
        SpecificRecord copy = SpecificData.getForSchema(event.getSchema()).deepCopy(event.getSchema(), event);
        return envelopeOf(sealEncoded(copy).event()).getHash().bytes();
    }

    /**
     * Recomputes the hash of a record from its bytes exactly as they were written: the 32 bytes of its
     * {@code envelope.hash} set to zero, hashed after its previous hash. Found by walking the writer schema up to that
     * field, so records of any released schema version verify. An Avro encoder writes a datum one way only, so for
     * every record a publisher writes this is also the hash of the event encoded again, as the publisher computed it
     * when it sealed the event; and a record whose bytes were changed in any way, however they decode, no longer
     * matches.
     *
     * @param record the record bytes as they are on the topic
     * @param writer the schema the record names in its header
     * @return the recomputed hash; compare it with the hash the record carries
     */
    public static byte[] recompute(byte[] record, Schema writer) {
        int[] positions = RecordWalk.hashPositions(record, writer);
        return recompute(record, positions[0], positions[1]);
    }

    /**
     * @param previousAt where the previous hash is in the record, or -1 for an activity's first event
     * @param hashAt where the event's own hash is
     */
    static byte[] recompute(byte[] record, int previousAt, int hashAt) {
        MessageDigest sha256 = sha256();
        if (previousAt < 0) {
            sha256.update(ZERO);
        } else {
            sha256.update(record, previousAt, LENGTH);
        }
        sha256.update(record, 0, hashAt);
        sha256.update(ZERO);
        sha256.update(record, hashAt + LENGTH, record.length - hashAt - LENGTH);
        return sha256.digest();
    }

    /** Lower-case hex of a hash, the form shown to people. */
    public static String hex(byte[] hash) {
        // By table into one array: a replay formats the hash of every event, and HexFormat's builder cost more.
        byte[] digits = new byte[hash.length * 2];
        for (int i = 0; i < hash.length; i++) {
            digits[2 * i] = HEX[(hash[i] >> 4) & 0xF];
            digits[2 * i + 1] = HEX[hash[i] & 0xF];
        }
        return new String(digits, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
