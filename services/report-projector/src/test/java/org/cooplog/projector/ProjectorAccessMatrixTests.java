package org.cooplog.projector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cooplog.security.Role.ADMIN;
import static org.cooplog.security.Role.AUDITOR;
import static org.cooplog.security.Role.REPORT_OFFICER;
import static org.cooplog.security.testing.AccessMatrix.anyRole;
import static org.cooplog.security.testing.AccessMatrix.nobody;
import static org.cooplog.security.testing.AccessMatrix.only;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.MediaType.APPLICATION_JSON;

import java.time.Duration;
import java.util.List;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.projector.log.LogProgress;
import org.cooplog.projector.report.ReportIssuer;
import org.cooplog.projector.report.ReportsProperties;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.security.testing.AccessMatrix;
import org.cooplog.security.testing.AccessMatrix.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Every endpoint of the projector against nobody, a bad token, a token without roles and each role, through the
 * running service and a real broker. Reading the timeline and the reports is anyone's who signed in; issuing, and a
 * preview with the report officer's texts, are the report officer's and the administrator's; the audit API is the
 * auditor's, the report officer's and the administrator's. Where a cell lets the caller in it names the exact
 * answer: 200 for a valid request (the report of Q1 2019 is issued before the table runs, so issuing it again answers
 * 200 with it); 404 for an activity that is not in the log. Health is open to anyone without a token.
 */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
@AutoConfigureRestTestClient
class ProjectorAccessMatrixTests {

    static final String ISSUE = "{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2019, \"index\": 1}";
    static final String PREVIEW = "{\"recipient\": \"mofa\", \"kind\": \"QUARTER\", \"year\": 2019, \"index\": 1,"
            + " \"format\": \"csv\", \"texts\": {\"context\": \"Covid-19\"}}";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @Autowired
    RestTestClient http;

    @Autowired
    ReportIssuer issuer;

    @Autowired
    ReportsProperties reports;

    @Autowired
    LogProgress progress;

    static List<Cell> cells() {
        return new AccessMatrix()
                .open(GET, "/actuator/health", 200)
                .endpoint(GET, "/api/activities", 200, anyRole())
                .endpoint(GET, "/api/activities?track=bilateral&from=2021-01-01", 200, anyRole())
                .endpoint(GET, "/api/activities/bilateral-not-in-the-log", 404, anyRole())
                .endpoint(GET, "/api/reports", 200, anyRole())
                .endpoint(GET, "/api/reports/schedule", 200, anyRole())
                .endpoint(GET, "/api/reports/mofa-2019-Q1", 200, anyRole())
                .endpoint(GET, "/api/reports/mofa-2019-Q1/json", 200, anyRole())
                .endpoint(
                        GET,
                        "/api/reports/preview?recipient=mofa&kind=QUARTER&year=2019&index=1&format=csv",
                        200,
                        anyRole())
                .endpoint(POST, "/api/reports", APPLICATION_JSON, ISSUE, 200, only(REPORT_OFFICER, ADMIN))
                .endpoint(POST, "/api/reports/preview", APPLICATION_JSON, PREVIEW, 200, only(REPORT_OFFICER, ADMIN))
                .endpoint(
                        GET,
                        "/api/audit/activities/bilateral-not-in-the-log/history",
                        404,
                        only(AUDITOR, REPORT_OFFICER, ADMIN))
                .endpoint(
                        GET, "/api/audit/as-of?instant=2021-01-01T00:00:00Z", 200, only(AUDITOR, REPORT_OFFICER, ADMIN))
                .endpoint(GET, "/api/audit/verify", 200, only(AUDITOR, REPORT_OFFICER, ADMIN))
                .endpoint(POST, "/api/activities", APPLICATION_JSON, "{}", 405, nobody())
                .cells();
    }

    @BeforeEach
    void issueTheFirstQuarterOf2019() {
        await().atMost(Duration.ofSeconds(30)).until(progress::caughtUp);
        var mofa = reports.recipient("mofa");
        issuer.issue(mofa, ReportingCalendar.period(PeriodKind.QUARTER, 2019, 1, mofa.rule()), false, "report.officer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void answersEachCallerAsTheTableSays(Cell cell) {
        AccessMatrix.Endpoint endpoint = cell.endpoint();
        RestTestClient.RequestBodySpec request = http.method(endpoint.method()).uri(endpoint.path());
        if (cell.caller().authorization() != null) {
            request.header(HttpHeaders.AUTHORIZATION, cell.caller().authorization());
        }
        if (endpoint.body() != null) {
            request.contentType(endpoint.type()).body(endpoint.body());
        }
        EntityExchangeResult<byte[]> result = request.exchange()
                .expectStatus()
                .isEqualTo(cell.expected())
                .expectBody()
                .returnResult();
        if (cell.expected() == 401 || cell.expected() == 403) {
            assertThat(result.getResponseHeaders().getContentType()).isNotNull();
            assertThat(result.getResponseHeaders()
                            .getContentType()
                            .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .startsWith("Bearer");
        }
    }
}
