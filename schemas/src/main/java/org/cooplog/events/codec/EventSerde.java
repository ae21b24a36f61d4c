package org.cooplog.events.codec;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde for events in Avro single-object encoding; see {@link EventCodec}. */
public final class EventSerde implements Serde<SpecificRecord> {

    private final EventCodec codec;

    public EventSerde() {
        this(EventCodec.standard());
    }

    public EventSerde(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public Serializer<SpecificRecord> serializer() {
        return new EventSerializer(codec);
    }

    @Override
    public Deserializer<SpecificRecord> deserializer() {
        return new EventDeserializer(codec);
    }

    /** Writes an event; usable by class name in Kafka client properties. */
    public static final class EventSerializer implements Serializer<SpecificRecord> {
        private final EventCodec codec;

        public EventSerializer() {
            this(EventCodec.standard());
        }

        EventSerializer(EventCodec codec) {
            this.codec = codec;
        }

        @Override
        public byte[] serialize(String topic, SpecificRecord event) {
            return event == null ? null : codec.encode(event);
        }
    }

    /**
     * Reads an event; usable by class name in Kafka client properties.
     *
     * @throws UndecodableRecordException for bytes that are not an event, including an empty value
     */
    public static final class EventDeserializer implements Deserializer<SpecificRecord> {
        private final EventCodec codec;

        public EventDeserializer() {
            this(EventCodec.standard());
        }

        EventDeserializer(EventCodec codec) {
            this.codec = codec;
        }

        @Override
        public SpecificRecord deserialize(String topic, byte[] bytes) {
            return codec.decode(bytes);
        }
    }
}
