package org.cooplog.events.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;

/**
 * The per-activity hash chain. An event's hash is SHA-256 over the previous event's hash (32 zero bytes for an
 * activity's first event) followed by the single-object encoding of the event with its own hash set to 32 zero
 * bytes. Any Avro implementation can recompute it: decode with the writer schema, zero the hash, encode again.
 */
public final class EventHash {

    public static final int LENGTH = 32;
    private static final byte[] ZERO = new byte[LENGTH];

    /**
     * A reader and a writer per writer schema, built once: building one resolves the whole schema, which costs more
     * than reading a record with it, and verify recomputes the hash of every record of the log.
     */
    private static final Map<Schema, GenericDatumReader<GenericRecord>> READERS = new ConcurrentHashMap<>();

    private static final Map<Schema, GenericDatumWriter<GenericRecord>> WRITERS = new ConcurrentHashMap<>();

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
        EventEnvelope envelope = envelopeOf(event);
        envelope.setHash(new Sha256(compute(event)));
        return event;
    }

    /** The hash an activity event should carry, whatever its hash field holds now. */
    public static byte[] compute(SpecificRecord event) {
        SpecificRecord copy = SpecificData.getForSchema(event.getSchema()).deepCopy(event.getSchema(), event);
        EventEnvelope envelope = envelopeOf(copy);
        envelope.setHash(new Sha256(ZERO.clone()));
        Sha256 previous = envelope.getPreviousHash();
        return digest(
                previous == null ? ZERO : previous.bytes(),
                EventCodec.standard().encode(copy));
    }

    /**
     * Recomputes the hash of a record exactly as it was written, with its own writer schema, so records of any
     * released schema version verify.
     *
     * @param record the record bytes as they are on the topic
     * @param writer the writer schema named by the record's fingerprint
     * @return the recomputed hash; compare it with the hash the record carries
     */
    public static byte[] recompute(byte[] record, Schema writer) {
        try {
            GenericRecord event = READERS.computeIfAbsent(writer, GenericDatumReader::new)
                    .read(
                            null,
                            DecoderFactory.get()
                                    .binaryDecoder(
                                            record,
                                            EventCodec.HEADER_LENGTH,
                                            record.length - EventCodec.HEADER_LENGTH,
                                            null));
            GenericRecord envelope = (GenericRecord) event.get("envelope");
            Schema hashSchema = envelope.getSchema().getField("hash").schema();
            envelope.put("hash", new GenericData.Fixed(hashSchema, ZERO.clone()));
            GenericData.Fixed previous = (GenericData.Fixed) envelope.get("previousHash");
            ByteArrayOutputStream out = new ByteArrayOutputStream(record.length);
            out.write(record, 0, EventCodec.HEADER_LENGTH);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            WRITERS.computeIfAbsent(writer, GenericDatumWriter::new).write(event, encoder);
            encoder.flush();
            return digest(previous == null ? ZERO : previous.bytes(), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hex of a hash, the form shown to people. */
    public static String hex(byte[] hash) {
        return java.util.HexFormat.of().formatHex(hash);
    }

    private static byte[] digest(byte[] previous, byte[] encoded) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            return sha256.digest(encoded);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
