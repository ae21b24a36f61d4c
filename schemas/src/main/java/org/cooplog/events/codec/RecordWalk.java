package org.cooplog.events.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Reads a record's bytes against its writer schema, in one pass and without building the event: proves that they
 * are exactly one datum of a schema of the catalog that an event type of this build reads, which is what decoding
 * them would prove (every released version is checked to be read by every other at build time), and picks out what
 * checking an activity's hash chain needs. Verifying a log this way costs a fraction of decoding every record.
 *
 * <p>It is as strict as {@link EventCodec#decode}: a union branch or enum symbol out of range, a negative or too long
 * length, a uuid string that is not a UUID, a body that ends early or has bytes left over — each is an
 * {@link UndecodableRecordException} here exactly when it is one there.
 */
public final class RecordWalk {

    /** Avro's own limit on a string, bytes or collection length. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private final SchemaCatalog catalog;

    public RecordWalk(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** The walk over the schemas of this build and every released version. */
    public static RecordWalk standard() {
        return new RecordWalk(EventCodec.standard().catalog());
    }

    /**
     * What one record is, without its content.
     *
     * @param writer the schema the record was written with
     * @param envelope the envelope of an activity event, or null for an event that has none
     */
    public record Walked(Schema writer, Envelope envelope) {

        /** The full name of the event type. */
        public String eventType() {
            return writer.getFullName();
        }
    }

    /**
     * The envelope of an activity event as far as the hash chain needs it, and where its hashes are in the record.
     *
     * @param previousHashAt where the previous hash starts, or -1 for an activity's first event
     * @param hashAt where the event's own hash starts
     */
    public record Envelope(String activityId, int activityVersion, byte[] record, int previousHashAt, int hashAt) {

        /** The previous event's hash as this one carries it, or null. */
        public byte[] previousHash() {
            return previousHashAt < 0
                    ? null
                    : Arrays.copyOfRange(record, previousHashAt, previousHashAt + EventHash.LENGTH);
        }

        /** The hash this event carries. */
        public byte[] hash() {
            return Arrays.copyOfRange(record, hashAt, hashAt + EventHash.LENGTH);
        }

        /** The hash this event should carry: see {@link EventHash}. */
        public byte[] recomputedHash() {
            return EventHash.recompute(record, previousHashAt, hashAt);
        }
    }

    /**
     * Walks one record.
     *
     * @throws UndecodableRecordException when the bytes are not a whole event of a known schema
     */
    public Walked walk(byte[] record) {
        long fingerprint = EventCodec.fingerprintOf(record);
        Schema writer = catalog.writerSchema(fingerprint)
                .orElseThrow(() -> new UndecodableRecordException(
                        UndecodableRecordException.Reason.UNKNOWN_FINGERPRINT,
                        "no schema version in the repository has fingerprint " + EventCodec.hex(fingerprint)));
        if (catalog.readerSchema(writer.getFullName()).isEmpty()) {
            throw new UndecodableRecordException(
                    UndecodableRecordException.Reason.UNKNOWN_EVENT_TYPE,
                    "no event type of this build reads " + writer.getFullName());
        }
        Cursor cursor = new Cursor(record, writer);
        Envelope envelope = cursor.event();
        if (cursor.at != record.length) {
            throw cursor.malformed("record has bytes left over after a whole " + writer.getFullName(), null);
        }
        return new Walked(writer, envelope);
    }

    /**
     * Where the previous hash and the hash of an activity event are in its record, walking only as far as the hash.
     *
     * @return {previous hash position or -1, hash position}
     * @throws IllegalArgumentException when the writer schema has no envelope.hash
     */
    static int[] hashPositions(byte[] record, Schema writer) {
        Schema.Field envelope = writer.getField("envelope");
        if (envelope == null
                || envelope.schema().getType() != Schema.Type.RECORD
                || envelope.schema().getField("hash") == null) {
            throw new IllegalArgumentException(
                    writer.getFullName() + " has no envelope.hash: it is not an activity event");
        }
        Cursor cursor = new Cursor(record, writer);
        cursor.stopAtHash = true;
        Envelope found = cursor.event();
        return new int[] {found.previousHashAt(), found.hashAt()};
    }

    /** One walk's position in the record. */
    private static final class Cursor {

        private final byte[] bytes;
        private final Schema writer;
        private int at = EventCodec.HEADER_LENGTH;
        private boolean stopAtHash;

        Cursor(byte[] bytes, Schema writer) {
            this.bytes = bytes;
            this.writer = writer;
        }

        /** The top-level record; its field "envelope", when it has one with a hash, is read for the chain. */
        Envelope event() {
            Envelope envelope = null;
            for (Schema.Field field : writer.getFields()) {
                if (field.name().equals("envelope")
                        && field.schema().getType() == Schema.Type.RECORD
                        && field.schema().getField("hash") != null) {
                    envelope = envelope(field.schema());
                    if (stopAtHash) {
                        return envelope;
                    }
                } else {
                    value(field.schema());
                }
            }
            return envelope;
        }

        private Envelope envelope(Schema schema) {
            String activityId = null;
            int version = 0;
            int previousAt = -1;
            int hashAt = -1;
            for (Schema.Field field : schema.getFields()) {
                Schema type = field.schema();
                switch (field.name()) {
                    case "activityId" -> {
                        if (type.getType() == Schema.Type.STRING) {
                            activityId = string();
                        } else {
                            value(type);
                        }
                    }
                    case "activityVersion" -> {
                        if (type.getType() == Schema.Type.INT) {
                            version = readInt();
                        } else {
                            value(type);
                        }
                    }
                    case "previousHash" -> previousAt = previousHash(type);
                    case "hash" -> {
                        if (type.getType() != Schema.Type.FIXED || type.getFixedSize() != EventHash.LENGTH) {
                            throw new IllegalArgumentException(
                                    "envelope.hash of " + schema.getFullName() + " is not a 32-byte fixed");
                        }
                        hashAt = at;
                        take(EventHash.LENGTH);
                        if (stopAtHash) {
                            return new Envelope(activityId, version, bytes, previousAt, hashAt);
                        }
                    }
                    default -> value(type);
                }
            }
            return new Envelope(activityId, version, bytes, previousAt, hashAt);
        }

        private int previousHash(Schema type) {
            if (type.getType() != Schema.Type.UNION) {
                value(type);
                return -1;
            }
            Schema branch = branch(type);
            if (branch.getType() == Schema.Type.FIXED && branch.getFixedSize() == EventHash.LENGTH) {
                int start = at;
                take(EventHash.LENGTH);
                return start;
            }
            value(branch);
            return -1;
        }

        /** Reads past one datum of the schema, checking it as a decoder would. */
        private void value(Schema schema) {
            switch (schema.getType()) {
                case NULL -> {}
                case BOOLEAN -> take(1);
                case INT -> readInt();
                case LONG -> readLong();
                case FLOAT -> take(4);
                case DOUBLE -> take(8);
                case STRING -> {
                    if (isUuid(schema)) {
                        uuid(string());
                    } else {
                        take(length("string"));
                    }
                }
                case BYTES -> take(length("bytes"));
                case FIXED -> take(schema.getFixedSize());
                case ENUM -> {
                    int index = readInt();
                    if (index < 0 || index >= schema.getEnumSymbols().size()) {
                        throw malformed("enum " + schema.getFullName() + " has no symbol number " + index, null);
                    }
                }
                case UNION -> value(branch(schema));
                case RECORD -> {
                    for (Schema.Field field : schema.getFields()) {
                        value(field.schema());
                    }
                }
                case ARRAY -> {
                    for (long count = blockCount(); count != 0; count = blockCount()) {
                        for (long i = 0; i < count; i++) {
                            value(schema.getElementType());
                        }
                    }
                }
                case MAP -> {
                    for (long count = blockCount(); count != 0; count = blockCount()) {
                        for (long i = 0; i < count; i++) {
                            take(length("map key"));
                            value(schema.getValueType());
                        }
                    }
                }
            }
        }

        private Schema branch(Schema union) {
            List<Schema> types = union.getTypes();
            int index = readInt();
            if (index < 0 || index >= types.size()) {
                throw malformed("union has no branch number " + index, null);
            }
            return types.get(index);
        }

        private String string() {
            int length = length("string");
            int start = at;
            take(length);
            return new String(bytes, start, length, StandardCharsets.UTF_8);
        }

        private void uuid(String text) {
            try {
                UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw malformed("\"" + text + "\" is not a UUID", e);
            }
        }

        private static boolean isUuid(Schema schema) {
            LogicalType logical = schema.getLogicalType();
            return logical != null
                    && logical.getName().equals(LogicalTypes.uuid().getName());
        }

        /** A block's item count; a negative count is followed by the block's size in bytes. */
        private long blockCount() {
            long count = readLong();
            if (count < 0) {
                readLong();
                count = -count;
            }
            if (count < 0 || count > MAX_LENGTH) {
                throw malformed("a block of " + count + " items", null);
            }
            return count;
        }

        private int length(String what) {
            long length = readLong();
            if (length < 0) {
                throw malformed("a " + what + " of negative length " + length, null);
            }
            if (length > MAX_LENGTH) {
                throw malformed("a " + what + " of " + length + " bytes is longer than Avro allows", null);
            }
            return (int) length;
        }

        private void take(int count) {
            if (count > bytes.length - at) {
                throw malformed("the record ends " + (count - (bytes.length - at)) + " bytes early", null);
            }
            at += count;
        }

        /** Avro's variable-length zig-zag int: at most five bytes. */
        private int readInt() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = next();
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return (value >>> 1) ^ -(value & 1);
                }
            }
            throw malformed("an int longer than five bytes", null);
        }

        /** Avro's variable-length zig-zag long: at most ten bytes. */
        private long readLong() {
            long value = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return (value >>> 1) ^ -(value & 1);
                }
            }
            throw malformed("a long longer than ten bytes", null);
        }

        private int next() {
            if (at >= bytes.length) {
                throw malformed("the record ends early", null);
            }
            return bytes[at++] & 0xff;
        }

        UndecodableRecordException malformed(String problem, Throwable cause) {
            return new UndecodableRecordException(
                    UndecodableRecordException.Reason.MALFORMED_BODY,
                    "record body does not follow writer schema "
                            + EventCodec.hex(SchemaNormalization.parsingFingerprint64(writer)) + ": " + problem
                            + " (at byte " + at + ")",
                    cause);
        }
    }
}
