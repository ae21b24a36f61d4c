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
import org.springframework.test.context.DynamicPropertyRegistry;

/** A browser at the identity service's login form, with its cookies, and the passwords handed out at the first start. */
final class LoginForm {

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    LoginForm(int port) {
        this.port = port;
    }

    /** Sends the form as a person would, with the page's CSRF token; the answer is the redirect that follows it. */
    HttpResponse<String> signIn(String user, String password) throws Exception {
        String csrf = find(get("/login").body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Where the login form sent the browser after a sign-in. */
    String signInLeadsTo(String user, String password) throws Exception {
        return signIn(user, password).headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The settings of an identity service under test: its home, where it hands out new passwords, its issuer and the
     * console's redirect address.
     */
    static void register(DynamicPropertyRegistry registry, Path home) {
        registry.add("cooplog.identity.home", home::toString);
        registry.add("cooplog.identity.issuer", () -> "http://localhost:9000");
        registry.add(
                "cooplog.identity.new-passwords-file",
                () -> home.resolve("new-passwords").toString());
        registry.add("cooplog.identity.console-redirect-uri", () -> "http://localhost:8080/login/oauth2/code/cooplog");
    }

    /** The passwords the identity service handed out in its file of new passwords, by name. */
    static Map<String, String> newPasswords(Path file) {
        Map<String, String> passwords = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
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
