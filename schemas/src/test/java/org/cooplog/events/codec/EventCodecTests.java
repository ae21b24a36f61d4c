package org.cooplog.events.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.EventTypes;
import org.cooplog.events.SampleEvents;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.codec.UndecodableRecordException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTests {

    private final EventCodec codec = EventCodec.standard();

    static List<SpecificRecord> samples() {
        return List.of(
                SampleEvents.frenchInspTraining(),
                SampleEvents.ottawaSummitDelegation(),
                SampleEvents.seventeenthSecretariatMeeting());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void decodesWhatItEncodes(SpecificRecord event) {
        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void writesTheSingleObjectHeaderOfTheAvroSpecification() {
        BilateralActivityPlanned event = SampleEvents.frenchInspTraining();
        byte[] bytes = codec.encode(event);
        long fingerprint = SchemaNormalization.parsingFingerprint64(BilateralActivityPlanned.getClassSchema());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong())
                .isEqualTo(fingerprint);
    }

    @Test
    void anyAvroImplementationReadsTheBodyWithTheSchemaFile() throws IOException {
        byte[] bytes = codec.encode(SampleEvents.frenchInspTraining());
        Schema released = SchemaCatalog.releasedVersions(
                        BilateralActivityPlanned.getClassSchema().getFullName())
                .get(0);

        GenericRecord record = new GenericDatumReader<GenericRecord>(released)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 10, bytes.length - 10, null));

        assertThat(record.get("plan").toString()).contains("Khóa đào tạo trực tuyến về liêm chính");
        assertThat(((GenericRecord) record.get("details")).get("partnerCountry").toString())
                .isEqualTo("FR");
    }

    @Test
    void everyEventTypeHasAReleasedVersionOnTheClassPath() {
        for (Schema type : EventTypes.all()) {
            assertThat(SchemaCatalog.releasedVersions(type.getFullName()))
                    .as(type.getFullName())
                    .isNotEmpty();
        }
    }

    @Test
    void rejectsBytesWithoutTheSingleObjectHeader() {
        assertReason("not an event at all".getBytes(), Reason.NOT_SINGLE_OBJECT);
        assertReason(new byte[] {(byte) 0xC3, 0x01, 1, 2}, Reason.NOT_SINGLE_OBJECT);
        assertReason(new byte[0], Reason.NOT_SINGLE_OBJECT);
        assertReason(null, Reason.NOT_SINGLE_OBJECT);
    }

    @Test
    void rejectsAnUnknownFingerprint() {
        byte[] bytes = codec.encode(SampleEvents.frenchInspTraining());
        bytes[5] ^= 0x5A;
        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOfSatisfying(
                        UndecodableRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FINGERPRINT))
                .hasMessageContaining("no schema version in the repository has fingerprint");
    }

    @Test
    void rejectsATruncatedBody() {
        byte[] bytes = codec.encode(SampleEvents.frenchInspTraining());
        for (int length : new int[] {11, bytes.length / 2, bytes.length - 1}) {
            assertReason(Arrays.copyOf(bytes, length), Reason.MALFORMED_BODY);
        }
    }

    @Test
    void rejectsBytesLeftOverAfterTheBody() {
        byte[] bytes = codec.encode(SampleEvents.frenchInspTraining());
        assertReason(Arrays.copyOf(bytes, bytes.length + 3), Reason.MALFORMED_BODY);
    }

    @Test
    void readsDataWrittenWithAnOlderVersionIntoThisBuildsClass() throws IOException {
        Schema current = BilateralActivityPlanned.getClassSchema();
        Schema older = withoutOptionalField(current, "targetAudience");
        SchemaCatalog catalog = SchemaCatalog.of(EventTypes.all(), List.of(older));
        EventCodec withOlder = new EventCodec(catalog);
        BilateralActivityPlanned event = SampleEvents.frenchInspTraining();
        byte[] olderBytes = writeAs(older, event);

        BilateralActivityPlanned decoded = (BilateralActivityPlanned) withOlder.decode(olderBytes);

        assertThat(decoded.getDetails().getTargetAudience()).isNull();
        assertThat(decoded.getPlan()).isEqualTo(event.getPlan());
        assertThatThrownBy(() -> codec.decode(olderBytes))
                .isInstanceOfSatisfying(
                        UndecodableRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FINGERPRINT));
    }

    private void assertReason(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOfSatisfying(
                        UndecodableRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** An "older version" of a schema: the same, without one optional field of its details. */
    private static Schema withoutOptionalField(Schema schema, String field) {
        Schema details = schema.getField("details").schema();
        List<Schema.Field> kept = details.getFields().stream()
                .filter(f -> !f.name().equals(field))
                .map(f -> new Schema.Field(f, f.schema()))
                .toList();
        Schema olderDetails =
                Schema.createRecord(details.getName(), details.getDoc(), details.getNamespace(), false, kept);
        List<Schema.Field> fields = schema.getFields().stream()
                .map(f -> new Schema.Field(f, f.name().equals("details") ? olderDetails : f.schema()))
                .toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    /** Encodes an event as a writer with another schema would: through the generic model, by field name. */
    private static byte[] writeAs(Schema writer, SpecificRecord event) throws IOException {
        byte[] current = EventCodec.standard().encode(event);
        GenericRecord asCurrent = new GenericDatumReader<GenericRecord>(event.getSchema(), writer)
                .read(null, DecoderFactory.get().binaryDecoder(current, 10, current.length - 10, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xC3, 0x01});
        out.write(ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(SchemaNormalization.parsingFingerprint64(writer))
                .array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(writer, GenericData.get()).write(asCurrent, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
