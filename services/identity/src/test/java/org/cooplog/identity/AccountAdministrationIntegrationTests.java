package org.cooplog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator helps a person who locked themselves out, through the real identity service: the lock is listed
 * and lifted, and a new password is set, refused when shorter than the rule's minimum. Only an access token of the
 * administrator role may do it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdministrationIntegrationTests {

    static final String SEEDER_SECRET = "a-secret-for-the-seeder-of-this-test";

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        LoginForm.register(registry, home);
        registry.add("cooplog.identity.cli-roles", () -> "ADMIN");
        registry.add("cooplog.identity.seeder-secret", () -> SEEDER_SECRET);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdministratorLiftsAPersonsLockAndTheRightPasswordSignsInAgain() throws Exception {
        LoginForm browser = new LoginForm(port);
        for (int i = 0; i < 5; i++) {
            browser.signIn("desk.uncac", "wrong-" + i);
        }
        String admin = token("cooplog-cli", passwords("cooplog-cli"));

        assertThat(browser.signInLeadsTo("desk.uncac", passwords("desk.uncac"))).contains("/login?locked=");
        assertThat(send("GET", "/api/sign-in/locks", admin, null).body())
                .contains("\"kind\":\"ACCOUNT\"", "\"name\":\"desk.uncac\"");

        assertThat(send("DELETE", "/api/sign-in/locks/accounts/desk.uncac", admin, null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(send("GET", "/api/sign-in/locks", admin, null).body()).doesNotContain("desk.uncac");
        assertThat(browser.signInLeadsTo("desk.uncac", passwords("desk.uncac"))).doesNotContain("/login");
    }

    @Test
    void aPasswordShorterThanTheMinimumIsRefusedAndALongEnoughOneSignsIn() throws Exception {
        String admin = token("cooplog-cli", passwords("cooplog-cli"));

        HttpResponse<String> tooShort = send("PUT", "/api/accounts/desk.apec/password", admin, password("ngắn-quá-1"));
        HttpResponse<String> set =
                send("PUT", "/api/accounts/desk.apec/password", admin, password("mùa thu Hà Nội 2026"));

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooShort.body()).contains("\"field\":\"password\"", "at least 15 characters");
        assertThat(set.statusCode()).isEqualTo(204);
        assertThat(Files.readString(home.resolve("users.properties"))).doesNotContain("mùa thu");
        assertThat(new LoginForm(port).signInLeadsTo("desk.apec", "mùa thu Hà Nội 2026"))
                .doesNotContain("/login");
        assertThat(new LoginForm(port).signInLeadsTo("desk.apec", passwords("desk.apec")))
                .contains("/login?error");
    }

    @Test
    void aPasswordForNoOneIsNotFound() throws Exception {
        String admin = token("cooplog-cli", passwords("cooplog-cli"));

        assertThat(send("PUT", "/api/accounts/no.such.person/password", admin, password("mùa thu Hà Nội 2026"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorsAccessTokenMayDoIt() throws Exception {
        String desks = token("cooplog-seeder", SEEDER_SECRET);

        assertThat(send("GET", "/api/sign-in/locks", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/sign-in/locks", desks, null).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/accounts/desk.apec/password", desks, password("mùa thu Hà Nội 2026"))
                        .statusCode())
                .isEqualTo(403);
    }

    private String token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String body = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        assertThat(token.find()).as(body).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String password(String password) {
        return "{\"password\": \"" + password + "\"}";
    }

    private static String passwords(String name) {
        return LoginForm.newPasswords(home.resolve("new-passwords")).get(name);
    }
}
