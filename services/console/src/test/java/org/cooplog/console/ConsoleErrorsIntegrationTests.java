package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.cooplog.security.testing.HostileRequests;
import org.cooplog.security.testing.HostileRequests.Hostile;
import org.cooplog.security.testing.RawHttp;
import org.cooplog.security.testing.RawHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error the console answers, through its real Tomcat and filter chain. What Tomcat refuses before the console
 * sees the request, and every error a program asks for, is problem details in plain words; a browser sent to the error
 * page gets the console's own page instead, in its language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleErrorsIntegrationTests {

    static final FakeApis apis = new FakeApis();

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry registry) {
        apis.register(registry);
    }

    @AfterAll
    static void stopApis() {
        apis.close();
    }

    @LocalServerPort
    int port;

    static Stream<Hostile> hostile() {
        return HostileRequests.beforeTheApplication("/activities").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void everyErrorIsAProblemInPlainWords(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port));
    }

    @ParameterizedTest(name = "{0}, asked for as JSON")
    @MethodSource("hostile")
    void everyErrorAskedForAsJsonIsAProblemInPlainWords(Hostile request) {
        HostileRequests.assertHumanProblem(request, request.sendTo(port, "Accept: application/json"));
    }

    @Test
    void aBrowserSentToTheErrorPageGetsTheConsolesOwnPage() {
        Answer answer = RawHttp.send(
                port, "GET /activities;x=1 HTTP/1.1", null, "Accept: text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body())
                .contains("<h1>Không thực hiện được</h1>", "Mã lỗi 400", "Về dòng thời gian")
                .contains("Trang không hiểu yêu cầu này, có thể do địa chỉ bị gõ sai hoặc bị cắt.")
                .doesNotContain("java.", "Exception", "Tomcat", "Whitelabel");
    }
}
