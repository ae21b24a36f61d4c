package org.cooplog.publisher.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;

/** A track topic in memory: committed transactions only, each write one transaction, the next one holdable. */
final class HeldTopic implements ActivityLog.TopicReader, ActivityLog.TopicWriter {

    /** A record as the topic keeps it: the event's bytes and the request digest its header carries, if any. */
    private record Stored(byte[] value, String requestDigest) {}

    private final List<Stored> records = new CopyOnWriteArrayList<>();
    private final List<Integer> transactions = new CopyOnWriteArrayList<>();
    private final AtomicInteger replays = new AtomicInteger();
    private volatile CountDownLatch hold;
    private volatile CountDownLatch held;
    private volatile boolean holding;
    private volatile boolean failNext;
    private volatile boolean undecidedNext;
    private final List<Stored> undecided = new CopyOnWriteArrayList<>();

    void holdNext() {
        holding = false;
        hold = new CountDownLatch(1);
    }

    boolean holding() {
        return holding;
    }

    void release() {
        held.countDown();
    }

    void failNext() {
        failNext = true;
    }

    /**
     * The next write's commit times out as far as the log can tell, yet commits once the writer settles: what a
     * Kafka transaction whose EndTxn answer was lost does.
     */
    void commitNextLate() {
        undecidedNext = true;
    }

    /** How many records the topic holds. */
    int size() {
        return records.size();
    }

    /** The request digest the record at this offset carries in its header, or null. */
    String requestDigestAt(int offset) {
        return records.get(offset).requestDigest();
    }

    /** Takes the request digest off every record: the log as a publisher before the digest header wrote it. */
    void withoutRequestDigests() {
        records.replaceAll(stored -> new Stored(stored.value(), null));
    }

    long recordsOf(String key) {
        return records.stream()
                .map(stored -> EventHash.envelopeOf(EventCodec.standard().decode(stored.value())))
                .filter(envelope -> key.equals(envelope.getIdempotencyKey()))
                .count();
    }

    @Override
    public void settle() {
        records.addAll(undecided);
        undecided.clear();
    }

    List<Integer> transactions() {
        return transactions;
    }

    int replays() {
        return replays.get();
    }

    @Override
    public void replay(TopicSpec<?> topic, java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
        replays.incrementAndGet();
        for (int offset = 0; offset < records.size(); offset++) {
            Stored stored = records.get(offset);
            ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(topic.name(), 0, offset, null, stored.value());
            if (stored.requestDigest() != null) {
                record.headers()
                        .add(
                                Topics.REQUEST_DIGEST_HEADER,
                                stored.requestDigest().getBytes(StandardCharsets.UTF_8));
            }
            each.accept(record);
        }
    }

    @Override
    public List<PublishedEvent> write(TopicSpec<?> topic, List<ActivityLog.Outgoing> events) {
        boolean fail = failNext;
        failNext = false;
        CountDownLatch latch = hold;
        if (latch != null) {
            hold = null;
            held = latch;
            holding = true;
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fail) {
            throw new BrokerUnavailableException("the transaction did not commit", null);
        }
        if (undecidedNext) {
            undecidedNext = false;
            events.forEach(event -> undecided.add(new Stored(event.event().record(), event.requestDigest())));
            throw new BrokerUnavailableException("the commit was not acknowledged in time", null);
        }
        List<PublishedEvent> published = new ArrayList<>();
        for (ActivityLog.Outgoing outgoing : events) {
            EventHash.Sealed<SpecificRecord> event = outgoing.event();
            // What the log sends is what encoding the sealed event gives, written once.
            assertThat(event.record()).isEqualTo(EventCodec.standard().encode(event.event()));
            published.add(new PublishedEvent(topic.name(), 0, records.size()));
            records.add(new Stored(event.record(), outgoing.requestDigest()));
        }
        transactions.add(events.size());
        return published;
    }
}
