package org.cooplog.projector.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cooplog.events.Topics;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.Sha256;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The projector reads the real log: what decodes is listed, what does not is dead-lettered, and it goes on. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class LogListenerIntegrationTests {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void listsAnActivityPublishedToItsTrackTopic() throws Exception {
        String id = "bilateral-" + UUID.randomUUID();
        send(id, EventCodec.standard().encode(planned(id, "Hội thảo tập huấn trực tuyến với AFA")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listedIds()).contains(id));
    }

    @Test
    void deadLettersWhatDoesNotDecodeAndGoesOn() throws Exception {
        String garbageKey = "garbage-" + UUID.randomUUID();
        byte[] garbage = "không phải là một sự kiện".getBytes(StandardCharsets.UTF_8);
        String unknownKey = "unknown-" + UUID.randomUUID();
        byte[] unknownFingerprint = EventCodec.standard().encode(planned(unknownKey, "x"));
        unknownFingerprint[3] ^= 0x7F;
        String truncatedKey = "truncated-" + UUID.randomUUID();
        byte[] whole = EventCodec.standard().encode(planned(truncatedKey, "y"));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 7);
        String afterId = "bilateral-" + UUID.randomUUID();

        send(garbageKey, garbage);
        send(unknownKey, unknownFingerprint);
        send(truncatedKey, truncated);
        send(afterId, EventCodec.standard().encode(planned(afterId, "Khóa đào tạo trực tuyến với INSP")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listedIds()).contains(afterId));
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLetters(List.of(garbageKey, unknownKey, truncatedKey));
        assertThat(deadLetters)
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(garbageKey, unknownKey, truncatedKey);
        assertThat(deadLetters)
                .filteredOn(record -> record.key().equals(garbageKey))
                .singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo(garbage));
        assertThat(listedIds()).doesNotContain(garbageKey, unknownKey, truncatedKey);
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.BILATERAL.name(), key, value)).get();
    }

    private List<String> listedIds() {
        return Arrays.stream(http.get()
                        .uri("/api/activities")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(ActivitySummary[].class)
                        .returnResult()
                        .getResponseBody())
                .map(ActivitySummary::activityId)
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(List<String> keys) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            String topic = Topics.deadLetterOf(Topics.BILATERAL.name());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (found.size() < keys.size() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (keys.contains(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    private static BilateralActivityPlanned planned(String id, String title) {
        return EventHash.seal(BilateralActivityPlanned.newBuilder()
                .setEnvelope(EventEnvelope.newBuilder()
                        .setEventId(UUID.randomUUID())
                        .setActivityId(id)
                        .setActivityVersion(1)
                        .setRecordedAt(Instant.now())
                        .setRecordedBy("desk.bilateral")
                        .setService("bilateral-service")
                        .setHash(new Sha256(new byte[32]))
                        .build())
                .setPlan(ActivityPlan.newBuilder()
                        .setTitle(title)
                        .setStarts(new PartialDate(LocalDate.of(2021, 3, 17), DatePrecision.DAY))
                        .setModality(Modality.ONLINE)
                        .build())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(BilateralActivityKind.WORKSHOP)
                        .setPartnerCountry("FR")
                        .setTopic("Liêm chính và kiểm soát xung đột lợi ích")
                        .build())
                .build());
    }
}
