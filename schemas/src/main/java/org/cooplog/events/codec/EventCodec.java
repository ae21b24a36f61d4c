package org.cooplog.events.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding of events (the Avro specification's {@code C3 01}, the 8-byte little-endian
 * CRC-64-AVRO fingerprint of the writer schema, then the binary body). Decoding resolves the writer schema by
 * fingerprint among every schema version kept in the repository and reads it into the event class of this
 * build, so a record written by any released version still decodes.
 */
public final class EventCodec {

    static final byte MARKER_0 = (byte) 0xC3;
    static final byte MARKER_1 = (byte) 0x01;
    static final int HEADER_LENGTH = 10;

    private static final EventCodec DEFAULT = new EventCodec(SchemaCatalog.load());

    private final SchemaCatalog catalog;
    private final Map<Long, DatumReader<SpecificRecord>> readers = new ConcurrentHashMap<>();
    private final Map<Schema, byte[]> headers = new ConcurrentHashMap<>();

    public EventCodec(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** The codec over the schemas of this build and every released version. */
    public static EventCodec standard() {
        return DEFAULT;
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    public byte[] encode(SpecificRecord event) {
        Schema schema = event.getSchema();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(headers.computeIfAbsent(schema, EventCodec::header));
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            new SpecificDatumWriter<SpecificRecord>(schema, SpecificData.getForSchema(schema)).write(event, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Decodes one record.
     *
     * @throws UndecodableRecordException when the bytes are not a whole event of a known schema
     */
    public SpecificRecord decode(byte[] bytes) {
        long fingerprint = fingerprintOf(bytes);
        DatumReader<SpecificRecord> reader = readers.computeIfAbsent(fingerprint, this::readerFor);
        BinaryDecoder decoder =
                DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, null);
        try {
            SpecificRecord event = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new UndecodableRecordException(
                        UndecodableRecordException.Reason.MALFORMED_BODY,
                        "record has bytes left over after a whole "
                                + event.getSchema().getFullName());
            }
            return event;
        } catch (IOException
                | AvroRuntimeException
                | IndexOutOfBoundsException
                | NegativeArraySizeException
                | IllegalArgumentException
                | UnsupportedOperationException e) {
            throw new UndecodableRecordException(
                    UndecodableRecordException.Reason.MALFORMED_BODY,
                    "record body does not follow writer schema " + hex(fingerprint) + ": " + e.getMessage(),
                    e);
        }
    }

    /** The 10 bytes that open every record written with a schema: the marker and the schema's fingerprint. */
    private static byte[] header(Schema schema) {
        return ByteBuffer.allocate(HEADER_LENGTH)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(MARKER_0)
                .put(MARKER_1)
                .putLong(SchemaNormalization.parsingFingerprint64(schema))
                .array();
    }

    /**
     * Reads the writer-schema fingerprint from a record header.
     *
     * @throws UndecodableRecordException when the header is not a single-object header
     */
    public static long fingerprintOf(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_LENGTH || bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            throw new UndecodableRecordException(
                    UndecodableRecordException.Reason.NOT_SINGLE_OBJECT,
                    "record does not start with the Avro single-object header C3 01 + 8-byte fingerprint");
        }
        return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** The fingerprint as the 16 hex digits of its little-endian bytes, as they appear on the wire. */
    public static String hex(long fingerprint) {
        return HexFormat.of()
                .formatHex(ByteBuffer.allocate(8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putLong(fingerprint)
                        .array());
    }

    private DatumReader<SpecificRecord> readerFor(long fingerprint) {
        Schema writer = catalog.writerSchema(fingerprint)
                .orElseThrow(() -> new UndecodableRecordException(
                        UndecodableRecordException.Reason.UNKNOWN_FINGERPRINT,
                        "no schema version in the repository has fingerprint " + hex(fingerprint)));
        Schema reader = catalog.readerSchema(writer.getFullName())
                .orElseThrow(() -> new UndecodableRecordException(
                        UndecodableRecordException.Reason.UNKNOWN_EVENT_TYPE,
                        "no event type of this build reads " + writer.getFullName()));
        return new SpecificDatumReader<>(writer, reader, SpecificData.getForSchema(reader));
    }
}
