package org.cooplog.events.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.SampleEvents;
import org.cooplog.events.audit.AuditCheckpoint;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.codec.UndecodableRecordException.Reason;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordWalkTests {

    private final EventCodec codec = EventCodec.standard();
    private final RecordWalk walk = RecordWalk.standard();

    static List<SpecificRecord> events() {
        BilateralActivityPlanned first = EventHash.seal(SampleEvents.frenchInspTraining());
        BilateralActivityPlanned second = SampleEvents.frenchInspTrainingAfter(first);
        second.getEnvelope().setActivityVersion(2);
        return List.of(
                first,
                EventHash.seal(second),
                EventHash.seal(SampleEvents.ottawaSummitDelegation()),
                EventHash.seal(SampleEvents.seventeenthSecretariatMeeting()));
    }

    @ParameterizedTest
    @MethodSource("events")
    void findsTheEnvelopeDecodingFinds(SpecificRecord event) {
        byte[] record = codec.encode(event);
        EventEnvelope decoded = EventHash.envelopeOf(codec.decode(record));

        RecordWalk.Walked walked = walk.walk(record);

        assertThat(walked.eventType()).isEqualTo(event.getSchema().getFullName());
        RecordWalk.Envelope envelope = walked.envelope();
        assertThat(envelope.activityId()).isEqualTo(decoded.getActivityId());
        assertThat(envelope.activityVersion()).isEqualTo(decoded.getActivityVersion());
        assertThat(envelope.hash()).isEqualTo(decoded.getHash().bytes());
        assertThat(envelope.previousHash())
                .isEqualTo(
                        decoded.getPreviousHash() == null
                                ? null
                                : decoded.getPreviousHash().bytes());
        assertThat(envelope.recomputedHash()).isEqualTo(EventHash.compute(event));
    }

    /**
     * The walk stands in for decoding when the log is verified, so it must refuse exactly the records decoding
     * refuses: every byte of each record set to other values, every truncation, bytes appended.
     */
    @ParameterizedTest
    @MethodSource("events")
    void refusesExactlyWhatDecodingRefuses(SpecificRecord event) {
        byte[] record = codec.encode(event);
        int refused = 0;
        int compared = 0;
        for (int i = EventCodec.HEADER_LENGTH; i < record.length; i++) {
            for (int value : new int[] {record[i] ^ 0x01, record[i] ^ 0x80, 0x00, 0x7f, 0xff, 0x81}) {
                byte[] altered = record.clone();
                altered[i] = (byte) value;
                refused += sameAnswer(altered, "byte " + i + " set to " + (value & 0xff));
                compared++;
            }
        }
        for (int length = 0; length < record.length; length++) {
            refused += sameAnswer(Arrays.copyOf(record, length), "cut to " + length + " bytes");
            compared++;
        }
        refused += sameAnswer(Arrays.copyOf(record, record.length + 1), "one byte appended");

        assertThat(refused).as("records refused").isGreaterThan(compared / 10).isLessThan(compared);
    }

    @Test
    void aUuidThatIsNotOneIsRefusedByBoth() {
        SpecificRecord event = events().get(0);
        byte[] record = codec.encode(event);
        String eventId = EventHash.envelopeOf(event).getEventId().toString();
        int at = RecordBytes.indexOf(record, eventId.getBytes(StandardCharsets.US_ASCII));
        record[at + 3] = 'x';

        assertThatThrownBy(() -> walk.walk(record))
                .isInstanceOfSatisfying(
                        UndecodableRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
        assertThatThrownBy(() -> codec.decode(record))
                .isInstanceOfSatisfying(
                        UndecodableRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    @Test
    void anEventWithoutAnEnvelopeWalksWithoutOne() {
        AuditCheckpoint checkpoint = AuditCheckpoint.newBuilder()
                .setEventId(java.util.UUID.fromString("5b3c2a10-7f1e-4d2b-9a61-0c8e4f7d2b11"))
                .setTopic("cooplog.bilateral.events")
                .setPartition(0)
                .setEndOffset(10)
                .setRecords(10)
                .setRunningHash(new Sha256(new byte[32]))
                .setCheckpointedAt(java.time.Instant.parse("2026-11-26T02:00:00Z"))
                .setService("report-projector")
                .build();

        RecordWalk.Walked walked = walk.walk(codec.encode(checkpoint));

        assertThat(walked.envelope()).isNull();
        assertThat(walked.eventType())
                .isEqualTo(AuditCheckpoint.getClassSchema().getFullName());
    }

    @Test
    void namesTheUnknownFingerprint() {
        byte[] record = codec.encode(events().get(0));
        record[5] ^= 0x01;

        assertThatThrownBy(() -> walk.walk(record))
                .isInstanceOfSatisfying(
                        UndecodableRecordException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_FINGERPRINT));
    }

    /** 1 when both refuse the record, 0 when both take it; fails when they disagree. */
    private int sameAnswer(byte[] record, String what) {
        Reason decoding = reasonOf(() -> codec.decode(record));
        Reason walking = reasonOf(() -> walk.walk(record));
        assertThat(walking).as(what).isEqualTo(decoding);
        return decoding == null ? 0 : 1;
    }

    private static Reason reasonOf(Runnable reading) {
        try {
            reading.run();
            return null;
        } catch (UndecodableRecordException e) {
            return e.reason();
        }
    }
}
