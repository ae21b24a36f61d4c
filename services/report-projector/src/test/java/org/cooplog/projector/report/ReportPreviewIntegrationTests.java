package org.cooplog.projector.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.model.ReadModel;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportTexts;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A preview as the report officer asks for it, through the running service and a real broker: in English or
 * Vietnamese whatever the recipient's language, and with the texts the report officer writes over the generated
 * defaults. A language reports are not made in, or a text too long, is refused naming the field.
 */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class ReportPreviewIntegrationTests {

    static final String ENGLISH_HEADING = "class=\"type\">REPORT<";
    static final String VIETNAMESE_HEADING = "class=\"type\">BÁO CÁO<";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @Autowired
    LogProgress progress;

    @MockitoSpyBean
    ReportMaker maker;

    @BeforeEach
    void signInAsTheReportOfficer() {
        http = http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer("report.officer", Role.REPORT_OFFICER))
                .build();
        await().atMost(Duration.ofSeconds(30)).until(progress::caughtUp);
    }

    @Test
    void aPreviewAskedForInEnglishIsInEnglishThoughTheMinistryReadsVietnamese() {
        assertThat(html("/api/reports/preview?recipient=mofa&kind=YEAR&year=2021&format=html&lang=en"))
                .contains(ENGLISH_HEADING)
                .doesNotContain(VIETNAMESE_HEADING);
        assertThat(html("/api/reports/preview?recipient=mofa&kind=YEAR&year=2021&format=html"))
                .contains(VIETNAMESE_HEADING);
        assertThat(html("/api/reports/preview?recipient=mofa&kind=YEAR&year=2021&format=html&lang=vi"))
                .contains(VIETNAMESE_HEADING);
    }

    @ParameterizedTest(name = "lang={0}")
    @ValueSource(strings = {"fr", "EN", "english", "vi-VN", ""})
    void aPreviewInALanguageReportsAreNotMadeInIsRefusedByName(String lang) {
        refusedNaming(
                http.get()
                        .uri("/api/reports/preview?recipient=mofa&kind=YEAR&year=2021&format=html&lang=" + lang)
                        .exchange(),
                "lang");
        refusedNaming(
                post("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2021, \"lang\": \"" + lang + "\"}"),
                "lang");
    }

    @Test
    void aPreviewWithTheReportOfficersTextsIsMadeWithThemTrimmedInTheLanguageAskedFor() {
        String body = """
                {"recipient": "mofa", "kind": "QUARTER", "year": 2021, "index": 4, "format": "html", "lang": "en",
                 "texts": {"context": "  The pandemic moved most meetings online.  ",
                           "assessment": "Cooperation with France deepened.",
                           "directions": null,
                           "proposals": "Fund two more study visits."}}
                """;

        String page = new String(
                post(body).expectStatus().isOk().expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);

        assertThat(page).contains(ENGLISH_HEADING);
        ArgumentCaptor<ReportSpec> spec = ArgumentCaptor.forClass(ReportSpec.class);
        verify(maker, atLeastOnce()).make(any(ReadModel.class), spec.capture());
        assertThat(spec.getValue().language()).isEqualTo("en");
        assertThat(spec.getValue().draft()).isTrue();
        assertThat(spec.getValue().texts())
                .isEqualTo(new ReportTexts(
                        "The pandemic moved most meetings online.",
                        "Cooperation with France deepened.",
                        null,
                        "Fund two more study visits."));
    }

    @Test
    void fourTextsOfTenThousandCharactersAreTakenAndOneLongerIsRefusedByName() {
        String longest = "\"  " + "ê".repeat(PreviewRequest.TEXT_LIMIT) + "\\n\"";
        post(texts("\"context\": " + longest + ", \"assessment\": " + longest + ", \"directions\": " + longest
                        + ", \"proposals\": " + longest))
                .expectStatus()
                .isOk();

        refusedNaming(
                post(texts("\"context\": \"" + "x".repeat(PreviewRequest.TEXT_LIMIT + 1) + "\", " + "\"proposals\": \""
                        + "y".repeat(PreviewRequest.TEXT_LIMIT + 1) + "\"")),
                "texts.context",
                "texts.proposals");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of(texts("\"contxt\": \"Covid-19\""), "texts.contxt"),
                Arguments.of(texts("\"context\": 19"), "texts.context"),
                Arguments.of(texts("\"assessment\": [\"a\"]"), "texts.assessment"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": \"2021\"}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2099}", "year"),
                Arguments.of("{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2021}", "index"),
                Arguments.of("{\"kind\": \"YEAR\", \"year\": 2021}", "recipient"),
                Arguments.of(
                        "{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2021, \"texts\": \"x\"}", "texts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadPreviewRequestIsRefusedNamingTheField(String body, String field) {
        refusedNaming(post(body), field);
    }

    private static String texts(String fields) {
        return "{\"recipient\": \"mofa\", \"kind\": \"YEAR\", \"year\": 2021, \"format\": \"html\", \"texts\": {"
                + fields + "}}";
    }

    private RestTestClient.ResponseSpec post(String body) {
        return http.post()
                .uri("/api/reports/preview")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private String html(String uri) {
        return new String(
                http.get()
                        .uri(uri)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .returnResult()
                        .getResponseBody(),
                StandardCharsets.UTF_8);
    }

    private static void refusedNaming(RestTestClient.ResponseSpec response, String... fields) {
        response.expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of(fields));
    }
}
