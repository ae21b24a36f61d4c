package org.cooplog.bilateral.activity;

import java.util.stream.Stream;
import org.cooplog.kafka.testing.KafkaBrokers;
import org.cooplog.kafka.testing.KafkaIntegrationTest;
import org.cooplog.security.Role;
import org.cooplog.security.testing.HostileRequests;
import org.cooplog.security.testing.HostileRequests.Hostile;
import org.cooplog.security.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error a publisher answers, through its real Tomcat and filter chain: the requests Tomcat and the firewall
 * refuse before the API sees them, and Spring MVC's own refusals, are all problem details in plain words.
 */
@KafkaIntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BilateralErrorsIntegrationTests {

    static final String ACTIVITIES = "/api/bilateral/activities";
    static final String DESK = "Authorization: " + TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KafkaBrokers::bootstrapServers);
    }

    @LocalServerPort
    int port;

    static Stream<Hostile> hostile() {
        return Stream.concat(
                HostileRequests.beforeTheApplication(ACTIVITIES).stream(),
                Stream.of(
                        HostileRequests.get("an address with nothing", "/api/bilateral/nothing-here"),
                        HostileRequests.get("the error page asked for", "/error"),
                        HostileRequests.get("a format that cannot be given", ACTIVITIES, "Accept: application/xml"),
                        new Hostile(
                                "a body of the wrong type",
                                "POST " + ACTIVITIES + " HTTP/1.1",
                                "title=x",
                                "Content-Type: text/plain"),
                        new Hostile(
                                "a method the address does not take",
                                "PUT " + ACTIVITIES + " HTTP/1.1",
                                "{}",
                                "Content-Type: application/json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void everyErrorIsAProblemInPlainWords(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port, DESK));
    }

    @ParameterizedTest(name = "{0}, without a token")
    @MethodSource("hostile")
    void everyErrorIsAProblemInPlainWordsForAnonymousCallersToo(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port));
    }
}
