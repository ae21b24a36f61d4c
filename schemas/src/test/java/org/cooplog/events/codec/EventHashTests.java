package org.cooplog.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.cooplog.events.SampleEvents;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.common.Sha256;
import org.junit.jupiter.api.Test;

class EventHashTests {

    private final EventCodec codec = EventCodec.standard();

    @Test
    void hexIsLowerCaseTwoDigitsPerByte() {
        java.util.Random random = new java.util.Random(11);
        for (int length : new int[] {0, 1, 32, 33}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(EventHash.hex(bytes)).isEqualTo(java.util.HexFormat.of().formatHex(bytes));
        }
        assertThat(EventHash.hex(new byte[] {0, 15, -1, -128, 127})).isEqualTo("000fff807f");
    }

    @Test
    void aSealedEventVerifiesFromItsRawBytes() {
        BilateralActivityPlanned event = EventHash.seal(SampleEvents.frenchInspTraining());
        byte[] record = codec.encode(event);

        assertThat(EventHash.recompute(record, writerOf(record)))
                .isEqualTo(event.getEnvelope().getHash().bytes());
    }

    @Test
    void theHashChainsToThePreviousEvent() {
        BilateralActivityPlanned first = EventHash.seal(SampleEvents.frenchInspTraining());
        BilateralActivityPlanned second = SampleEvents.frenchInspTrainingAfter(first);
        EventHash.seal(second);
        BilateralActivityPlanned otherPredecessor = SampleEvents.frenchInspTraining();
        otherPredecessor.getEnvelope().setPreviousHash(new Sha256(new byte[32]));
        EventHash.seal(otherPredecessor);

        assertThat(second.getEnvelope().getHash())
                .isNotEqualTo(first.getEnvelope().getHash());
        assertThat(otherPredecessor.getEnvelope().getHash())
                .isNotEqualTo(second.getEnvelope().getHash());
    }

    @Test
    void anAlteredRecordNoLongerMatchesItsHash() {
        BilateralActivityPlanned event = EventHash.seal(SampleEvents.frenchInspTraining());
        BilateralActivityPlanned forged =
                BilateralActivityPlanned.newBuilder(event).build();
        forged.getDetails().setPartnerCountry("DE");
        byte[] record = codec.encode(forged);

        assertThat(EventHash.recompute(record, writerOf(record)))
                .isNotEqualTo(event.getEnvelope().getHash().bytes());
    }

    @Test
    void theHashOfAChainedEventIsItsBytesAfterThePreviousHashWhatTheSealComputed() {
        BilateralActivityPlanned first = EventHash.seal(SampleEvents.frenchInspTraining());
        BilateralActivityPlanned second = SampleEvents.frenchInspTrainingAfter(first);
        second.getEnvelope().setIdempotencyKey("key-2");
        EventHash.seal(second);
        byte[] record = codec.encode(second);

        assertThat(EventHash.recompute(record, writerOf(record)))
                .isEqualTo(second.getEnvelope().getHash().bytes());
    }

    @Test
    void aRecordWithAnyByteChangedOutsideItsHashNoLongerMatches() {
        BilateralActivityPlanned event = EventHash.seal(SampleEvents.frenchInspTraining());
        byte[] record = codec.encode(event);
        byte[] hash = event.getEnvelope().getHash().bytes();
        int hashAt = RecordBytes.indexOf(record, hash);

        for (int i = EventCodec.HEADER_LENGTH; i < record.length; i++) {
            if (i >= hashAt && i < hashAt + hash.length) {
                continue;
            }
            byte[] altered = record.clone();
            altered[i] ^= 0x01;
            byte[] recomputed;
            try {
                recomputed = EventHash.recompute(altered, writerOf(record));
            } catch (RuntimeException undecodable) {
                continue;
            }
            assertThat(recomputed).as("byte %d flipped", i).isNotEqualTo(hash);
        }
    }

    @Test
    void anEventWithoutAnEnvelopeHasNoHashToRecompute() {
        org.cooplog.events.audit.AuditCheckpoint checkpoint = new org.cooplog.events.audit.AuditCheckpoint();
        Schema schema = checkpoint.getSchema();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> EventHash.recompute(new byte[EventCodec.HEADER_LENGTH], schema))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an activity event");
    }

    @Test
    void sealingIgnoresWhateverHashWasThereBefore() {
        BilateralActivityPlanned event = SampleEvents.frenchInspTraining();
        byte[] once = EventHash.compute(event);
        event.getEnvelope().setHash(new Sha256(once));

        assertThat(EventHash.compute(event)).isEqualTo(once);
    }

    private Schema writerOf(byte[] record) {
        return codec.catalog().writerSchema(EventCodec.fingerprintOf(record)).orElseThrow();
    }

    @Test
    void sealingAndEncodingOnceGivesTheRecordOfTheSealedEvent() {
        BilateralActivityPlanned first = EventHash.seal(SampleEvents.frenchInspTraining());
        BilateralActivityPlanned second = SampleEvents.frenchInspTrainingAfter(first);

        EventHash.Sealed<BilateralActivityPlanned> sealed = EventHash.sealEncoded(second);

        assertThat(sealed.record()).isEqualTo(codec.encode(second));
        assertThat(sealed.event().getEnvelope().getHash().bytes())
                .isEqualTo(EventHash.compute(second))
                .isEqualTo(EventHash.recompute(sealed.record(), writerOf(sealed.record())))
                .isNotEqualTo(new byte[32]);
    }
}
