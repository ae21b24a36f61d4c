package org.cooplog.standalone;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signing in to the console at the real identity service, done without a browser: the authorization-code
 * flow of the console client with PKCE, the login form with its CSRF token, and the code exchanged for the tokens
 * the console receives. Its redirect address is never called; the code is read from the redirect.
 */
final class ConsoleSignIn {

    /** What the identity service hands the console: the access token and the ID token. */
    record Tokens(String accessToken, String idToken) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String issuer;
    private final String redirectUri;

    ConsoleSignIn(String issuer, String console) {
        this.issuer = issuer.replaceAll("/$", "");
        this.redirectUri = console + "/login/oauth2/code/cooplog";
    }

    Tokens signIn(String user, String password) throws Exception {
        String verifier = random();
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> toLogin = get(issuer + "/oauth2/authorize?response_type=code&client_id=cooplog-console"
                + "&scope=" + encode("openid profile") + "&state=" + random() + "&redirect_uri=" + encode(redirectUri)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256");
        HttpResponse<String> form = get(location(toLogin));
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page: " + form.body());
        }
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(issuer + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                                + encode(password) + "&_csrf=" + encode(csrf.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String next = location(signedIn);
        for (int hops = 0; !next.startsWith(redirectUri) && hops < 5; hops++) {
            next = location(get(next));
        }
        Matcher code = CODE.matcher(next);
        if (!code.find()) {
            throw new IllegalStateException("the identity service gave no code: " + next);
        }
        HttpResponse<String> tokens = http.send(
                HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=authorization_code&client_id=cooplog-console"
                                        + "&code=" + code.group(1) + "&redirect_uri=" + encode(redirectUri)
                                        + "&code_verifier=" + verifier))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Tokens(field(tokens.body(), "access_token"), field(tokens.body(), "id_token"));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(
                        response.statusCode() + " without a redirect from " + response.uri() + ": " + response.body()));
        return location.startsWith("/") ? issuer + location : location;
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
