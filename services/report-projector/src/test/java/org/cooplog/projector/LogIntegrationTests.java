package org.cooplog.projector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.codec.EventCodec;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.model.Anomaly;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The projector reads the real log: what decodes is folded and listed, what does not is parked once, and it goes on. */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class LogIntegrationTests {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    /** Every request as an auditor, through the real filter chain. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("auditor", Role.AUDITOR))
                .build();
    }

    @Autowired
    LiveModel model;

    private final TestLog log = new TestLog();

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void listsAnActivityAsItsEventsMakeIt() throws Exception {
        TestLog.Activity activity = log.activity().planned("Hội thảo tập huấn trực tuyến với AFA", "2021-03-17");
        activity.then(e -> new ActivityCancelled(e, "Đối tác đề nghị lùi"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> http.get()
                        .uri("/api/activities/" + activity.id())
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.version")
                        .isEqualTo(2)
                        .jsonPath("$.status")
                        .isEqualTo("CANCELLED")
                        .jsonPath("$.plan.starts")
                        .isEqualTo("2021-03-17")
                        .jsonPath("$.lastHash")
                        .isEqualTo(activity.lastHash()));
        http.get()
                .uri("/api/activities?track=bilateral&status=CANCELLED&partner=FR&from=2021-03-01&to=2021-03-31")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.activityId == '" + activity.id() + "')].title")
                .isEqualTo(List.of("Hội thảo tập huấn trực tuyến với AFA"));
        http.get()
                .uri("/api/activities?status=HELD")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.activityId == '" + activity.id() + "')]")
                .isEmpty();
    }

    @Test
    void theTimelineNamesWhoOrganisedAndFundedAndFindsTheActivityByThem() throws Exception {
        TestLog.Activity workshop =
                log.activity(Track.OGP).plannedOgpWorkshop("Hội thảo Tập huấn OGP " + UUID.randomUUID());
        String found = "$[?(@.activityId == '" + workshop.id() + "')]";

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> http.get()
                        .uri("/api/activities?track=ogp")
                        .exchange()
                        .expectBody()
                        .jsonPath(found + ".organisers[*].nameEn")
                        .isEqualTo(List.of("Towards Transparency"))
                        .jsonPath(found + ".funders[*].country")
                        .isEqualTo(List.of("BE", "DK")));
        for (String partner :
                List.of("Towards Transparency", "TT", "Belgium", "BE", "Đan Mạch", "Embassy of Denmark")) {
            http.get()
                    .uri(builder -> builder.path("/api/activities")
                            .queryParam("partner", partner)
                            .queryParam("from", "2018-11-01")
                            .queryParam("to", "2018-11-30")
                            .build())
                    .exchange()
                    .expectBody()
                    .jsonPath(found + ".activityId")
                    .value(ids -> assertThat(ids).as(partner).isEqualTo(List.of(workshop.id())));
        }
        http.get()
                .uri("/api/activities?partner=FR&from=2018-11-01&to=2018-11-30")
                .exchange()
                .expectBody()
                .jsonPath(found)
                .isEmpty();
    }

    @Test
    void parksWhatDoesNotDecodeOnceAndGoesOn() throws Exception {
        String garbageKey = "garbage-" + UUID.randomUUID();
        byte[] garbage = "không phải là một sự kiện".getBytes(StandardCharsets.UTF_8);
        String unknownKey = "unknown-" + UUID.randomUUID();
        byte[] unknownFingerprint = EventCodec.standard()
                .encode(new ActivityCancelled(
                        org.cooplog.events.common.EventEnvelope.newBuilder()
                                .setEventId(UUID.randomUUID())
                                .setActivityId(unknownKey)
                                .setActivityVersion(2)
                                .setRecordedAt(Instant.now())
                                .setRecordedBy("x")
                                .setService("x")
                                .setHash(new org.cooplog.events.common.Sha256(new byte[32]))
                                .build(),
                        "x"));
        unknownFingerprint[3] ^= 0x7F;
        String truncatedKey = "truncated-" + UUID.randomUUID();
        byte[] truncated = Arrays.copyOf(unknownFingerprint, 30);
        truncated[3] ^= 0x7F;

        log.send(garbageKey, garbage);
        log.send(unknownKey, unknownFingerprint);
        log.send(truncatedKey, truncated);
        TestLog.Activity after = log.activity().planned("Khóa đào tạo trực tuyến với INSP", "2021-10-18");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(model.snapshot().model().activity(after.id()))
                        .isPresent());
        List<ConsumerRecord<String, byte[]>> parked = deadLetters(List.of(garbageKey, unknownKey, truncatedKey));
        assertThat(parked)
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(garbageKey, unknownKey, truncatedKey);
        assertThat(parked)
                .filteredOn(record -> record.key().equals(garbageKey))
                .singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo(garbage));
        assertThat(model.snapshot().model().anomalies())
                .filteredOn(a -> a.kind() == Anomaly.Kind.UNDECODABLE)
                .hasSizeGreaterThanOrEqualTo(3);
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
            var ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (keys.contains(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}
