package org.cooplog.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.security.Role;
import org.cooplog.security.testing.HostileRequests;
import org.cooplog.security.testing.HostileRequests.Hostile;
import org.cooplog.security.testing.RawHttp;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error the projector answers, reports and audit alike, through its real Tomcat and filter chain: what Tomcat
 * and the firewall refuse, Spring MVC's own refusals and the projector's, all problem details in plain words.
 */
@KafkaIntegrationTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cooplog.reports.automatic-from=")
class ProjectorErrorsIntegrationTests {

    static final String OFFICER = "Authorization: " + TestTokens.bearer("report.officer", Role.REPORT_OFFICER);
    static final String JSON = "Content-Type: application/json";

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @LocalServerPort
    int port;

    static Stream<Hostile> hostile() {
        return Stream.of(
                        HostileRequests.beforeTheApplication("/api/activities").stream(),
                        HostileRequests.beforeTheApplication("/api/audit/activities").stream(),
                        Stream.of(
                                HostileRequests.get("an address with nothing", "/api/nothing-here"),
                                HostileRequests.get(
                                        "a kind of period that does not exist",
                                        "/api/reports/preview?recipient=mofa&kind=DECADE&year=2021"),
                                HostileRequests.get("a year that is not a number", previewOf("QUARTER", "twenty")),
                                HostileRequests.get(
                                        "a preview without a recipient", "/api/reports/preview?kind=YEAR&year=2021"),
                                HostileRequests.get("a status that does not exist", "/api/activities?status=LOST"),
                                HostileRequests.get("a date that is not one", "/api/activities?from=yesterday"),
                                HostileRequests.get("an instant that is not one", "/api/audit/as-of?instant=noon"),
                                post("a body of the wrong type", "recipient=mofa", "Content-Type: text/plain"),
                                post("a body that is not JSON", "{\"recipient\":", JSON),
                                post("no body", null, JSON),
                                post("a kind given as a number", "{\"recipient\":\"mofa\",\"kind\":1}", JSON),
                                post(
                                        "a year out of bounds",
                                        "{\"recipient\":\"mofa\",\"kind\":\"YEAR\",\"year\":1,\"index\":1}",
                                        JSON)))
                .flatMap(requests -> requests);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void everyErrorIsAProblemInPlainWords(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port, OFFICER));
    }

    @Test
    void aRecipientNoOneConfiguredIsNamedWithTheOnesThatAre() {
        String body = RawHttp.send(
                        port, "GET /api/reports/preview?recipient=nobody&kind=YEAR&year=2021 HTTP/1.1", null, OFFICER)
                .body();

        assertThat(body).contains("\"field\":\"recipient\"", "no recipient 'nobody'; the configured ones are mofa");
    }

    @Test
    void aBadBodyNamesItsField() {
        assertThat(RawHttp.send(
                                port,
                                "POST /api/reports HTTP/1.1",
                                "{\"recipient\":\"mofa\",\"kind\":[]}",
                                OFFICER,
                                JSON)
                        .body())
                .contains("1 parameter is invalid: kind", "\"field\":\"kind\"");
        assertThat(RawHttp.send(
                                port,
                                "POST /api/reports HTTP/1.1",
                                "{\"recipient\":\"mofa\",\"kind\":\"YEAR\",\"year\":1,\"index\":1}",
                                OFFICER,
                                JSON)
                        .body())
                .contains("1 parameter is invalid: year", "\"field\":\"year\"");
    }

    private static String previewOf(String kind, String year) {
        return "/api/reports/preview?recipient=mofa&kind=" + kind + "&year=" + year;
    }

    private static Hostile post(String name, String body, String... headers) {
        return new Hostile(name, "POST /api/reports HTTP/1.1", body, headers);
    }
}
