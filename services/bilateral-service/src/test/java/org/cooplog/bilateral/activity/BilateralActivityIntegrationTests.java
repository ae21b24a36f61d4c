package org.cooplog.bilateral.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.Topics;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.events.codec.EventHash;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.Modality;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.kafka.testing.SettledEndOffsets;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Planning a bilateral activity through the HTTP API, against a real broker. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BilateralActivityIntegrationTests {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    /** Every request as the bilateral desk, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signInAsTheDesk() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL))
                .build();
    }

    @Test
    void answers201OnlyOnceTheEventIsInTheLogAndTheEventIsWhatWasAskedFor() {
        String decomposedTitle = "Kho\u0301a đa\u0300o ta\u0323o trư\u0323c tuyê\u0301n vê\u0300 liêm chi\u0301nh";
        String body = BilateralActivityControllerTests.VALID
                .replace("Khóa đào tạo trực tuyến về liêm chính", decomposedTitle)
                .replace("\"2021-10-22\"", "\"2021-10\"");

        RecordedEvent recorded = http.post()
                .uri("/api/bilateral/activities")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();

        ConsumerRecord<String, byte[]> record =
                readAt(recorded.log().partition(), recorded.log().offset());
        BilateralActivityPlanned event =
                (BilateralActivityPlanned) EventCodec.standard().decode(record.value());
        assertThat(record.key()).isEqualTo(recorded.activityId()).startsWith("bilateral-");
        assertThat(record.timestamp()).isEqualTo(recorded.recordedAt().toEpochMilli());
        assertThat(event.getEnvelope().getActivityVersion()).isEqualTo(1);
        assertThat(event.getEnvelope().getPreviousHash()).isNull();
        assertThat(event.getEnvelope().getService()).isEqualTo("bilateral-service");
        assertThat(event.getPlan().getTitle()).isEqualTo("Khóa đào tạo trực tuyến về liêm chính");
        assertThat(event.getPlan().getModality()).isEqualTo(Modality.ONLINE);
        assertThat(event.getPlan().getEnds().getPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(event.getDetails().getKind()).isEqualTo(BilateralActivityKind.TRAINING);
        assertThat(event.getDetails().getPartnerCountry()).isEqualTo("FR");
        assertThat(EventHash.hex(EventHash.recompute(
                        record.value(),
                        EventCodec.standard()
                                .catalog()
                                .writerSchema(EventCodec.fingerprintOf(record.value()))
                                .orElseThrow())))
                .isEqualTo(recorded.hash());
    }

    @Test
    void publishesNothingForARequestWithMistakes() {
        Map<TopicPartition, Long> before = endOffsets();

        http.post()
                .uri("/api/bilateral/activities")
                .contentType(MediaType.APPLICATION_JSON)
                .body(BilateralActivityControllerTests.VALID.replace(
                        "\"partnerCountry\": \"FR\"", "\"partnerCountry\": \"France\""))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("details.partnerCountry");

        assertThat(endOffsets()).isEqualTo(before);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokers.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static ConsumerRecord<String, byte[]> readAt(int partition, long offset) {
        TopicPartition topicPartition = new TopicPartition(Topics.BILATERAL.name(), partition);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.assign(List.of(topicPartition));
            consumer.seek(topicPartition, offset);
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record at " + topicPartition + "@" + offset);
    }

    private static Map<TopicPartition, Long> endOffsets() {
        return SettledEndOffsets.once(Topics.BILATERAL.name());
    }
}
