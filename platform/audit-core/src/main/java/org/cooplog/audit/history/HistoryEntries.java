package org.cooplog.audit.history;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.audit.log.LogRecord;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.codec.UndecodableRecordException;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.model.AvroPlain;
import org.cooplog.model.PartialDates;

/**
 * Turns records of the track topics into history entries, in the order each partition holds them, remembering each
 * activity's last hash so every entry says whether it chains. Records that are not activity events are not history;
 * verify reports them. Not thread-safe.
 */
public final class HistoryEntries {

    private final EventCodec codec = EventCodec.standard();
    private final Map<String, byte[]> lastHash = new HashMap<>();

    /** The entry of a record, or empty for a record that is not a decodable activity event. */
    public Optional<HistoryEntry> of(LogRecord record) {
        SpecificRecord event;
        try {
            event = codec.decode(record.value());
        } catch (UndecodableRecordException e) {
            return Optional.empty();
        }
        EventEnvelope envelope = EventHash.envelopeOf(event);
        if (envelope == null) {
            return Optional.empty();
        }
        byte[] hash = envelope.getHash().bytes();
        byte[] previous = envelope.getPreviousHash() == null
                ? null
                : envelope.getPreviousHash().bytes();
        byte[] before = lastHash.put(envelope.getActivityId(), hash);
        boolean chained = before == null ? previous == null : Arrays.equals(before, previous);
        boolean hashRight = Arrays.equals(
                hash,
                EventHash.recompute(
                        record.value(),
                        codec.catalog()
                                .writerSchema(EventCodec.fingerprintOf(record.value()))
                                .orElseThrow()));
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
