package org.cooplog.projector.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.model.PartialDates;
import org.cooplog.projector.TestLog;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The timeline's two searches over the real log: {@code q} by the words of a title and {@code partner} by whom it
 * was with, both without regard to case or diacritics. Each title carries a word of its own, so what other tests
 * write to the same log does not matter.
 */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class ActivitySearchIntegrationTests {

    static final String OWN = "x" + UUID.randomUUID().toString().substring(0, 8);
    static final TestLog log = new TestLog();

    /** A study visit to Korea, said only in its title: its partner country is Malaysia's, and it has no partners. */
    static TestLog.Activity korea;
    /** A course with France's AFA, with an English title and a summary naming Transparency International. */
    static TestLog.Activity france;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @BeforeAll
    static void plan() throws Exception {
        korea = planned(
                "Đoàn Thanh tra Chính phủ học tập kinh nghiệm của Hàn Quốc " + OWN, null, null, "MY", List.of());
        france = planned(
                "Khóa đào tạo trực tuyến về liêm chính " + OWN,
                "Online training course on integrity " + OWN,
                "Phối hợp với Tổ chức Minh bạch Quốc tế.",
                "FR",
                List.of(new Organisation("Cơ quan Phòng, chống tham nhũng Pháp", null, "AFA", "FR")));
    }

    @AfterAll
    static void close() {
        log.close();
    }

    @Autowired
    RestTestClient http;

    @BeforeEach
    void signIn() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("auditor", Role.AUDITOR))
                .build();
        await().atMost(Duration.ofSeconds(30)).until(() -> found("q", OWN).size() == 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanh tra", "THANH TRA", "Thanh tra Chính phủ", "đoàn", "Đoàn", "doan", "han quoc kinh"})
    void findsATitleByItsWordsWithoutCaseOrDiacritics(String words) {
        assertThat(found("q", words + " " + OWN)).containsExactly(korea.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"integrity online", "training", "dao tao liem chinh"})
    void findsATitleByItsVietnameseOrItsEnglishWords(String words) {
        assertThat(found("q", words + " " + OWN)).containsExactly(france.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanh tra nhân dân", "Pháp", "minh bach"})
    void needsEveryWordInTheTitle(String words) {
        assertThat(found("q", words + " " + OWN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hàn Quốc", "han quoc", "KR", "South Korea"})
    void findsAPartnerNamedOnlyInTheTitleByTheCountrysCodeOrEitherName(String partner) {
        assertThat(found("partner", partner)).contains(korea.id()).doesNotContain(france.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổ chức Minh bạch Quốc tế", "to chuc minh bach quoc te", "AFA", "phap", "France"})
    void findsAPartnerByItsPartiesOrItsNameInTheSummary(String partner) {
        assertThat(found("partner", partner)).contains(france.id()).doesNotContain(korea.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Malaysia", "malaysia"})
    void stillFindsThePartnerCountryRecordedInTheDetails(String partner) {
        assertThat(found("partner", partner)).contains(korea.id());
    }

    /** Which of this test's two activities the timeline lists when asked so. */
    private List<String> found(String parameter, String value) {
        ActivitySummary[] listed = http.get()
                .uri(builder -> builder.path("/api/activities")
                        .queryParam(parameter, value)
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ActivitySummary[].class)
                .returnResult()
                .getResponseBody();
        return Arrays.stream(listed)
                .map(ActivitySummary::activityId)
                .filter(id -> id.equals(korea.id()) || id.equals(france.id()))
                .toList();
    }

    private static TestLog.Activity planned(
            String title, String titleEn, String summary, String country, List<Organisation> partners)
            throws Exception {
        return log.activity()
                .then(envelope -> BilateralActivityPlanned.newBuilder()
                        .setEnvelope(envelope)
                        .setPlan(ActivityPlan.newBuilder()
                                .setTitle(title)
                                .setTitleEn(titleEn)
                                .setSummary(summary)
                                .setStarts(PartialDates.parse("2021-10-18"))
                                .setModality(Modality.ONLINE)
                                .setPartners(partners)
                                .build())
                        .setDetails(BilateralDetails.newBuilder()
                                .setKind(BilateralActivityKind.STUDY_VISIT)
                                .setPartnerCountry(country)
                                .setTopic("Thanh tra")
                                .build())
                        .build());
    }
}
