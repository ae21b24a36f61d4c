package org.cooplog.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity service as the launcher, a script and the console use it: passwords made once and kept only as hashes,
 * machine tokens with the client's roles, and a person's sign-in through the login page with PKCE, ending in a token
 * that names them and their role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityIntegrationTests {

    @TempDir
    static Path home;

    static final String SEEDER_SECRET = "seeder-secret-for-this-test";

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        LoginForm.register(registry, home);
        registry.add("cooplog.identity.seeder-secret", () -> SEEDER_SECRET);
    }

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void makesEachPasswordOnceAndKeepsOnlyItsHash() throws Exception {
        Map<String, String> handedOut = newPasswords();
        String users = Files.readString(home.resolve("users.properties"));

        assertThat(handedOut)
                .containsOnlyKeys(
                        "desk.uncac",
                        "desk.aseanpac",
                        "desk.apec",
                        "desk.bilateral",
                        "desk.ogp",
                        "report.officer",
                        "auditor",
                        "admin",
                        "cooplog-cli");
        assertThat(handedOut.values())
                .doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).hasSizeGreaterThan(15));
        assertThat(users).contains("desk.bilateral={bcrypt}$2a$").doesNotContain(handedOut.get("desk.bilateral"));
        assertThat(Files.getPosixFilePermissions(home.resolve("users.properties")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.exists(home.resolve("signing-key.json"))).isTrue();
    }

    @Test
    void givesAMachineClientATokenWithItsRolesAndName() throws Exception {
        Jwt token = decode(clientToken("cooplog-seeder", SEEDER_SECRET));

        assertThat(token.getClaimAsStringList("roles"))
                .containsExactly("DESK_UNCAC", "DESK_ASEANPAC", "DESK_APEC", "DESK_BILATERAL", "DESK_OGP");
        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("cooplog-seeder");
        assertThat(token.getClaimAsString("iss")).isEqualTo("http://localhost:9000");
        assertThat(decode(clientToken("cooplog-cli", newPasswords().get("cooplog-cli")))
                        .getClaimAsStringList("roles"))
                .contains("DESK_BILATERAL", "REPORT_OFFICER")
                .doesNotContain("ADMIN", "AUDITOR");
        assertThat(post("/oauth2/token", "grant_type=client_credentials", basic("cooplog-cli", "wrong"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void signsAPersonInThroughTheLoginPageWithPkce() throws Exception {
        String verifier = "a-code-verifier-of-at-least-forty-three-characters-0123456789";
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?response_type=code&client_id=cooplog-console&scope=openid%20profile"
                + "&redirect_uri=" + enc("http://localhost:8080/login/oauth2/code/cooplog")
                + "&code_challenge_method=S256&code_challenge=" + challenge + "&state=s1";

        assertThat(get(authorize, "text/html").headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
        HttpResponse<String> page = get("/login", "text/html");
        assertThat(page.body()).contains("<html lang=\"vi\">", "Mật khẩu", "href=\"/login?lang=en\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(get("/login?lang=en", "text/html").body()).contains("Password");
        String csrf = find(page.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        assertThat(post(
                                "/login",
                                "username=auditor&password="
                                        + enc(newPasswords().get("auditor")),
                                null)
                        .statusCode())
                .as("a sign-in without the form's CSRF token")
                .isEqualTo(403);

        HttpResponse<String> signedIn = post(
                "/login",
                "username=auditor&password=" + enc(newPasswords().get("auditor")) + "&_csrf=" + enc(csrf),
                null);
        HttpResponse<String> redirected = get(
                URI.create(signedIn.headers().firstValue("Location").orElseThrow())
                                .getRawPath() + "?"
                        + URI.create(signedIn.headers().firstValue("Location").orElseThrow())
                                .getRawQuery(),
                "text/html");
        String code = find(redirected.headers().firstValue("Location").orElseThrow(), "[?&]code=([^&]+)");
        HttpResponse<String> tokens = post(
                "/oauth2/token",
                "grant_type=authorization_code&client_id=cooplog-console&code=" + code + "&code_verifier=" + verifier
                        + "&redirect_uri=" + enc("http://localhost:8080/login/oauth2/code/cooplog"),
                null);
        Jwt token = decode(find(tokens.body(), "\"access_token\":\"([^\"]+)\""));

        assertThat(token.getClaimAsString("preferred_username")).isEqualTo("auditor");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("AUDITOR");
        assertThat(token.getClaimAsString("client_id")).isEqualTo("cooplog-console");
        assertThat(token.getExpiresAt()).isEqualTo(token.getIssuedAt().plusSeconds(300));
        HttpResponse<String> userInfo = http.send(
                HttpRequest.newBuilder(URI.create(url("/userinfo")))
                        .header("Authorization", "Bearer " + token.getTokenValue())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode())
                .as("the console reads the person's profile with the access token")
                .isEqualTo(200);
        String idToken = find(tokens.body(), "\"id_token\":\"([^\"]+)\"");
        assertThatThrownBy(() -> decode(idToken))
                .as("the ID token is no access token")
                .isInstanceOf(JwtValidationException.class);
    }

    private String clientToken(String client, String secret) throws Exception {
        HttpResponse<String> response = post("/oauth2/token", "grant_type=client_credentials", basic(client, secret));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return find(response.body(), "\"access_token\":\"([^\"]+)\"");
    }

    /** Decodes an access token as the APIs do: type {@code at+jwt} and audience {@code cooplog-api} required. */
    private Jwt decode(String token) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtTypeValidator("at+jwt"), new JwtAudienceValidator("cooplog-api")));
        return decoder.decode(token);
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

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
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
