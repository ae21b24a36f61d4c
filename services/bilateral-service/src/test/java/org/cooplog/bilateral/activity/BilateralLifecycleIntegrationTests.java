package org.cooplog.bilateral.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.publisher.log.ActivityLog;
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

/** The shared lifecycle, as a bilateral activity lives it, against a real broker. */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class BilateralLifecycleIntegrationTests {

    private static final String ACTIVITIES = "/api/bilateral/activities";

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

    @Autowired
    ActivityLog log;

    @Test
    void anActivityIsRescheduledMovedOnlineHeldAndCorrectedWithItsWholeHistoryKept() {
        String id = plan(BilateralActivityControllerTests.VALID.replace("\"ONLINE\"", "\"IN_PERSON\""));

        command(
                        id,
                        "reschedule",
                        1,
                        "{\"starts\": \"2021-10-25\", \"ends\": \"2021-10-29\", \"reason\": \"Lịch của đối tác\"}")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"");
        command(id, "change-modality", 2, "{\"modality\": \"ONLINE\", \"reason\": \"Covid-19\"}")
                .expectStatus()
                .isOk();
        command(id, "held", 3, """
                        {"starts": "2021-10-25", "ends": "2021-10-29", "modality": "ONLINE",
                         "outcomes": ["Cán bộ nắm được kinh nghiệm của Pháp về liêm chính"],
                         "participants": [{"side": "VIETNAM", "count": 45}, {"side": "PARTNER", "organisation": "INSP", "count": 6}]}
                        """).expectStatus().isOk();
        command(id, "corrections", 4, """
                        {"field": "plan.title", "newValue": "Khóa đào tạo trực tuyến về liêm chính, đạo đức và phòng, chống tham nhũng",
                         "reason": "Tên khóa học chưa đầy đủ"}
                        """).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"5\"");

        http.get()
                .uri(ACTIVITIES + "/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"5\"")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("HELD")
                .jsonPath("$.movedOnline")
                .isEqualTo(true)
                .jsonPath("$.rescheduled")
                .isEqualTo(true)
                .jsonPath("$.plan.title")
                .isEqualTo("Khóa đào tạo trực tuyến về liêm chính, đạo đức và phòng, chống tham nhũng")
                .jsonPath("$.plannedAs.starts")
                .isEqualTo("2021-10-18")
                .jsonPath("$.plan.starts")
                .isEqualTo("2021-10-25")
                .jsonPath("$.outcome.participants[0].count")
                .isEqualTo(45)
                .jsonPath("$.corrections[0].oldValue")
                .isEqualTo("\"Khóa đào tạo trực tuyến về liêm chính\"")
                .jsonPath("$.history[*].event")
                .isEqualTo(List.of(
                        "BilateralActivityPlanned",
                        "ActivityRescheduled",
                        "ActivityModalityChanged",
                        "ActivityHeld",
                        "ActivityCorrected"))
                .jsonPath("$.history[4].content.reason")
                .isEqualTo("Tên khóa học chưa đầy đủ");
    }

    @Test
    void aChangeNeedsTheVersionItChangesAndAStaleOneIsRefused() {
        String id = plan(BilateralActivityControllerTests.VALID);
        command(id, "postpone", 1, "{\"reason\": \"Covid-19\", \"until\": \"2022\"}")
                .expectStatus()
                .isOk();

        http.post()
                .uri(ACTIVITIES + "/" + id + "/cancel")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\": \"x\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(428);
        command(id, "cancel", 1, "{\"reason\": \"Đối tác rút\"}")
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.currentVersion")
                .isEqualTo(2);
    }

    @Test
    void aStepTheActivityCannotTakeIsRefusedWithWhy() {
        String id = plan(BilateralActivityControllerTests.VALID);
        command(id, "cancel", 1, "{\"reason\": \"Đối tác rút\"}").expectStatus().isOk();

        command(id, "held", 2, "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:cooplog:problem:not-allowed-now")
                .jsonPath("$.detail")
                .isEqualTo("The activity is cancelled; it cannot be recorded as held");
    }

    @Test
    void aCorrectionIsHeldToTheRulesOfPlanning() {
        String id = plan(BilateralActivityControllerTests.VALID);

        command(
                        id,
                        "corrections",
                        1,
                        "{\"field\": \"details.partnerCountry\", \"newValue\": \"XX\", \"reason\": \"x\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("details.partnerCountry");
        command(id, "corrections", 1, "{\"field\": \"plan.ends\", \"newValue\": \"2021-10-01\", \"reason\": \"x\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("plan.ends");
        command(id, "corrections", 1, "{\"field\": \"plan.colour\", \"newValue\": \"red\", \"reason\": \"x\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .isEqualTo("'colour' is not a field");
        http.get().uri(ACTIVITIES + "/" + id).exchange().expectHeader().valueEquals("ETag", "\"1\"");
    }

    @Test
    void aRetriedRequestIsRecordedOnceAndAnsweredAsTheFirstTime() {
        String key = UUID.randomUUID().toString();
        RecordedEvent first = planWithKey(key, BilateralActivityControllerTests.VALID)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();

        RecordedEvent again = planWithKey(key, BilateralActivityControllerTests.VALID)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true")
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
        planWithKey(key, BilateralActivityControllerTests.VALID.replace("2021-10-22", "2021-10-23"))
                .expectStatus()
                .isEqualTo(422);

        assertThat(again.activityId()).isEqualTo(first.activityId());
        assertThat(again.log()).isEqualTo(first.log());
        log.sync();
        RecordedEvent afterReplay = planWithKey(key, BilateralActivityControllerTests.VALID)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody();
        assertThat(afterReplay.eventId()).isEqualTo(first.eventId());
        assertThat(afterReplay.log()).isEqualTo(first.log());
    }

    @Test
    void ofConcurrentChangesToTheSameVersionExactlyOneIsRecorded() throws Exception {
        String id = plan(BilateralActivityControllerTests.VALID);
        int writers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = "{\"field\": \"plan.summary\", \"newValue\": \"Bản " + i + "\", \"reason\": \"thử\"}";
            statuses.add(pool.submit(() -> {
                start.await();
                return command(id, "corrections", 1, body)
                        .returnResult(String.class)
                        .getStatus()
                        .value();
            }));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();

        assertThat(answered).filteredOn(s -> s == 200).hasSize(1);
        assertThat(answered)
                .filteredOn(s -> s != 200)
                .allSatisfy(s -> assertThat(s).isIn(409, 412));
        log.sync();
        assertThat(log.find(id).orElseThrow().activity().version()).isEqualTo(2);
        assertThat(log.find(id).orElseThrow().history())
                .extracting(h -> h.version())
                .containsExactly(1, 2);
    }

    @Test
    void describesItsApiInOpenApiWithSwaggerUi() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.paths['/api/bilateral/activities'].post")
                .exists()
                .jsonPath("$.paths['/api/bilateral/activities/{id}/held'].post")
                .exists()
                .jsonPath("$.paths['/api/bilateral/activities/{id}/corrections'].post")
                .exists();
        http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    @Test
    void anUnknownActivityIsNotFound() {
        http.get()
                .uri(ACTIVITIES + "/bilateral-nothing")
                .exchange()
                .expectStatus()
                .isNotFound();
        command("bilateral-nothing", "cancel", 1, "{\"reason\": \"x\"}")
                .expectStatus()
                .isNotFound();
    }

    private String plan(String body) {
        return planWithKey(null, body)
                .expectStatus()
                .isCreated()
                .expectBody(RecordedEvent.class)
                .returnResult()
                .getResponseBody()
                .activityId();
    }

    private RestTestClient.ResponseSpec planWithKey(String key, String body) {
        var request = http.post().uri(ACTIVITIES).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).exchange();
    }

    private RestTestClient.ResponseSpec command(String id, String command, int version, String body) {
        return http.post()
                .uri(ACTIVITIES + "/" + id + "/" + command)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .exchange();
    }
}
