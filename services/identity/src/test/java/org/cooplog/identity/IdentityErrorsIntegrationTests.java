package org.cooplog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.cooplog.security.testing.HostileRequests;
import org.cooplog.security.testing.HostileRequests.Hostile;
import org.cooplog.security.testing.RawHttp;
import org.cooplog.security.testing.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error the identity service answers itself, through its real Tomcat and filter chains: at the login page and
 * at the OpenID Connect endpoints, problem details in plain words, for browsers too, since its one page for people is
 * the login form. The token endpoint's own refusals stay in the OAuth 2.0 format its clients read.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=org.cooplog.security.testing.TestTokensAutoConfiguration")
class IdentityErrorsIntegrationTests {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("cooplog.identity.home", () -> home.toString());
        registry.add("cooplog.identity.issuer", () -> "http://localhost:9000");
    }

    @LocalServerPort
    int port;

    static Stream<Hostile> hostile() {
        return Stream.concat(
                HostileRequests.beforeTheApplication("/login").stream(),
                HostileRequests.beforeTheApplication("/oauth2/token").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void everyErrorIsAProblemInPlainWords(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port));
    }

    @ParameterizedTest(name = "{0}, from a browser")
    @MethodSource("hostile")
    void everyErrorIsAProblemInPlainWordsForABrowserToo(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port, "Accept: text/html,*/*;q=0.8"));
    }

    @Test
    void anAuthorizationRequestForNoKnownClientIsAProblemInPlainWords() {
        Hostile request = HostileRequests.get(
                "an authorization request for no known client",
                "/oauth2/authorize?response_type=code&client_id=nobody&scope=openid",
                "Accept: text/html");
        Answer answer = request.sendTo(port);

        HostileRequests.assertHumanProblem(request, answer);
        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void theTokenEndpointStillAnswersInTheFormatOfOAuth() {
        Answer answer = RawHttp.send(
                port,
                "POST /oauth2/token HTTP/1.1",
                "grant_type=client_credentials",
                "Content-Type: application/x-www-form-urlencoded",
                "Authorization: Basic bm9ib2R5Om5vdGhpbmc=");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("\"error\":\"invalid_client\"").doesNotContain("java.", "Exception");
    }
}
