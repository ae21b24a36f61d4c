package org.cooplog.security.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cooplog.security.ApiSecurity;
import org.cooplog.security.Role;
import org.cooplog.security.testing.HostileRequests.Hostile;
import org.cooplog.security.testing.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What security-support makes of every error, through a real embedded Tomcat and a small API built like the
 * services': the requests Tomcat and the filters refuse, the error page, and Spring MVC's own refusals.
 */
@SpringBootTest(classes = ErrorProblemsTests.SmallApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorProblemsTests {

    static final String TOKEN = "Authorization: " + TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL);

    @LocalServerPort
    int port;

    static Stream<Hostile> beforeTheApplication() {
        return HostileRequests.beforeTheApplication("/api/things").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beforeTheApplication")
    void whatTheServerRefusesIsAHumanProblem(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port, TOKEN));
    }

    static Stream<Hostile> refusedBySpringMvc() {
        return Stream.of(
                HostileRequests.get("an address with nothing", "/api/nothing-here"),
                HostileRequests.get("a number that is not one", "/api/numbers/twelve"),
                HostileRequests.get("a missing header", "/api/things/1/with-header"),
                HostileRequests.get("a format that cannot be given", "/api/things/1", "Accept: application/xml"),
                new Hostile("a body of the wrong type", "POST /api/things HTTP/1.1", "a=1", "Content-Type: text/plain"),
                new Hostile(
                        "a body that is not JSON", "POST /api/things HTTP/1.1", "{", "Content-Type: application/json"),
                new Hostile(
                        "a method the address does not take",
                        "POST /api/things/1 HTTP/1.1",
                        "{}",
                        "Content-Type: application/json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBySpringMvc")
    void whatSpringMvcRefusesIsAHumanProblem(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port, TOKEN));
    }

    @Test
    void aFailureInsideIsA500ThatSaysNothingOfIt() {
        Answer answer = RawHttp.send(port, "GET /api/broken HTTP/1.1", null, TOKEN);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("\"detail\":\"The service could not answer")
                .doesNotContain("secret", "Secret");
    }

    @Test
    void theDetailsOfSpringMvcsRefusalsSpeakToTheCaller() {
        assertThat(RawHttp.send(port, "GET /api/numbers/twelve HTTP/1.1", null, TOKEN)
                        .body())
                .contains("'twelve' is not a valid value of n.");
        assertThat(RawHttp.send(port, "GET /api/things/1/with-header HTTP/1.1", null, TOKEN)
                        .body())
                .contains("The header X-Thing is required.");
    }

    @Test
    void aRefusedTokenIsAProblemThatSaysNothingOfTheDecoder() {
        Hostile garbage = HostileRequests.get("a token that is not one", "/api/things/1", "Authorization: Bearer abc");
        String token = TestTokens.bearer("desk.bilateral", Role.DESK_BILATERAL).substring("Bearer ".length());
        Hostile forged = HostileRequests.get(
                "a token signed by someone else",
                "/api/things/1",
                "Authorization: Bearer " + token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vIG9uZQ");

        for (Hostile request : new Hostile[] {garbage, forged}) {
            Answer answer = request.sendTo(port);
            HostileRequests.assertHumanProblem(request, answer);
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("Jwt", "JWT", "decode", "Malformed");
        }
    }

    @Test
    void aBrowserGetsProblemDetailsTooWhereTheServiceHasNoPages() {
        Answer answer =
                RawHttp.send(port, "GET /api/nothing-here HTTP/1.1", null, TOKEN, "Accept: text/html,*/*;q=0.8");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class SmallApi {

        @Bean
        SecurityFilterChain api(HttpSecurity http, ApiSecurity api) {
            return api.build(
                    http,
                    rules -> rules.requestMatchers(HttpMethod.POST, "/api/things")
                            .authenticated());
        }

        @Bean
        Things things() {
            return new Things();
        }

        @Bean
        Problems problems() {
            return new Problems();
        }
    }

    @RestController
    static class Things {

        @GetMapping("/api/things/{id}")
        Map<String, String> thing(@PathVariable String id) {
            return Map.of("id", id);
        }

        @GetMapping("/api/things/{id}/with-header")
        Map<String, String> withHeader(@PathVariable String id, @RequestHeader("X-Thing") String thing) {
            return Map.of("id", id, "thing", thing);
        }

        @GetMapping("/api/numbers/{n}")
        Map<String, Integer> number(@PathVariable int n) {
            return Map.of("n", n);
        }

        @PostMapping("/api/things")
        List<Object> add(@RequestBody List<Object> things) {
            return things;
        }

        @GetMapping("/api/broken")
        String broken() {
            throw new IllegalStateException("Secret org.cooplog.Inside failed");
        }
    }

    /** As every service has one. */
    @RestControllerAdvice
    static class Problems extends ResponseEntityExceptionHandler {}
}
