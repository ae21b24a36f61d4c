package org.cooplog.audit.history;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.audit.verify.ActivityChains;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.RecordWalk;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.PartialDates;

/**
 * Turns records of the track topics into history entries, in the order each partition holds them. Whether an entry
 * chains is decided by verify's rule ({@link ActivityChains}), so history follows the hash links as verify does: a
 * forged record beside a genuine one is the one marked, and the events after it still chain to the genuine one.
 * Records that are not activity events are not history; verify reports them. Not thread-safe.
 */
public final class HistoryEntries {

    private final EventCodec codec = EventCodec.standard();
    private final RecordWalk walk = RecordWalk.standard();
    private final ActivityChains chains = new ActivityChains();

    /** The entry of a record, or empty for a record that is not a decodable activity event. */
    public Optional<HistoryEntry> of(LogRecord record) {
        SpecificRecord event;
        RecordWalk.Envelope walked;
        try {
            walked = walk.walk(record.value()).envelope();
            event = codec.decode(record.value());
        } catch (UndecodableRecordException e) {
            return Optional.empty();
        }
        EventEnvelope envelope = EventHash.envelopeOf(event);
        if (envelope == null || walked == null) {
            return Optional.empty();
        }
        byte[] hash = walked.hash();
        byte[] previous = walked.previousHash();
        boolean hashRight = Arrays.equals(hash, walked.recomputedHash());
        boolean chained = ActivityChains.holdsItsPlace(chains.accept(record, walked, hash, hashRight));
        @SuppressWarnings("unchecked")
        Map<String, Object> change = (Map<String, Object>) AvroPlain.toPlain(event.getSchema(), event);
        change.remove("envelope");
        return Optional.of(new HistoryEntry(
                record.topic(),
                record.partition(),
                record.offset(),
                envelope.getActivityId(),
                envelope.getActivityVersion(),
                event.getSchema().getName(),
                envelope.getOccurredOn() == null ? null : PartialDates.format(envelope.getOccurredOn()),
                envelope.getRecordedAt(),
                envelope.getRecordedBy(),
                envelope.getService(),
                change,
                event instanceof ActivityCorrected corrected
                        ? new HistoryEntry.CorrectionEntry(
                                corrected.getField(),
                                corrected.getOldValue(),
                                corrected.getNewValue(),
                                corrected.getReason())
                        : null,
                EventHash.hex(hash),
                previous == null ? null : EventHash.hex(previous),
                hashRight,
                chained));
    }
}
