package org.cooplog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guessing passwords at the real login form: fifteen wrong ones in a row, then the right one, must not sign in; a name
 * that has no account is locked the same way; many failures from one address lock it for every account. Ordered,
 * because the address lock of the last test would lock the others out too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInLockoutIntegrationTests {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("cooplog.identity.home", () -> home.toString());
        registry.add("cooplog.identity.issuer", () -> "http://localhost:9000");
        registry.add(
                "cooplog.identity.new-passwords-file",
                () -> home.resolve("new-passwords").toString());
        registry.add("cooplog.identity.console-redirect-uri", () -> "http://localhost:8080/login/oauth2/code/cooplog");
    }

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    @Order(1)
    void fifteenWrongPasswordsThenTheRightOneDoNotSignIn() throws Exception {
        for (int i = 0; i < 15; i++) {
            signIn("desk.ogp", "wrong-" + i);
        }

        HttpResponse<String> right = signIn("desk.ogp", newPasswords().get("desk.ogp"));

        String location = right.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?locked=");
        assertThat(get(location).body())
                .contains("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau");
    }

    @Test
    @Order(2)
    void aNameWithoutAnAccountIsLockedTheSameWay() throws Exception {
        String known = null;
        String unknown = null;
        for (int i = 0; i < 4; i++) {
            known = signIn("desk.apec", "wrong-" + i)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            unknown = signIn("no.such.person", "wrong-" + i)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
        }

        assertThat(known).contains("/login?locked=");
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    @Order(3)
    void manyFailuresFromOneAddressLockItForEveryAccount() throws Exception {
        for (int i = 0; i < 10; i++) {
            signIn("someone." + i, "wrong");
            signIn("someone." + i, "wrong");
        }

        assertThat(signIn("auditor", newPasswords().get("auditor"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("/login?locked=");
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        String csrf = find(get("/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> newPasswords() {
        Map<String, String> passwords = new HashMap<>();
        try {
            for (String line : Files.readAllLines(home.resolve("new-passwords"))) {
                String[] nameAndPassword = line.split("=", 2);
                passwords.put(nameAndPassword[0], nameAndPassword[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }
}
