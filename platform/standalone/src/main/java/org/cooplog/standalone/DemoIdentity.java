package org.cooplog.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standalone mode's side of the identity service: the seeder's secret, new on every start and never stored; the
 * passwords the identity service made on its first start, taken from the hand-over file, printed once and deleted;
 * and tokens for the seed loader.
 */
final class DemoIdentity {

    static final String SEEDER = "cooplog-seeder";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN_ENDPOINT = Pattern.compile("\"token_endpoint\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path home;
    private final String seederSecret;
    private final Map<String, String> newPasswords = new LinkedHashMap<>();

    DemoIdentity(Path home) {
        this.home = home;
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.seederSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What the identity service is started with, besides the issuer every service gets. */
    Map<String, String> environment() {
        return Map.of(
                "COOPLOG_SEEDER_SECRET",
                seederSecret,
                "COOPLOG_NEW_PASSWORDS_FILE",
                handoverFile().toString());
    }

    /** Takes the passwords the identity service made on this start, if any, and deletes the hand-over file. */
    void collectNewPasswords() {
        Path file = handoverFile();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    int equals = line.indexOf('=');
                    if (equals > 0) {
                        newPasswords.put(line.substring(0, equals), line.substring(equals + 1));
                    }
                }
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the new passwords in " + file, e);
        }
    }

    /** The passwords made on this start, by user or client name; empty after the first start. */
    Map<String, String> newPasswords() {
        return Map.copyOf(newPasswords);
    }

    /** An {@code Authorization} header value for the seed loader, from the identity service at {@code issuer}. */
    String seederAuthorization(String issuer) {
        return "Bearer " + clientToken(issuer, SEEDER, seederSecret);
    }

    /**
     * A client-credentials access token from the provider at {@code issuer}, as a script gets one: the token endpoint
     * is read from the provider's OpenID Connect discovery document, so this works with any provider.
     */
    static String clientToken(String issuer, String client, String secret) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint(issuer))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException(
                        "the identity service refused a token to " + client + " (" + response.statusCode() + ")");
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the identity service at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static URI tokenEndpoint(String issuer) {
        HttpRequest discovery = HttpRequest.newBuilder(
                        URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            Matcher endpoint = TOKEN_ENDPOINT.matcher(
                    HTTP.send(discovery, HttpResponse.BodyHandlers.ofString()).body());
            if (!endpoint.find()) {
                throw new IllegalStateException(issuer + " names no token endpoint in its discovery document");
            }
            return URI.create(endpoint.group(1).replace("\\/", "/"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the OpenID Connect provider at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Lines for the summary: the new passwords once, afterwards where they are kept and how to reset one. */
    String summary() {
        StringBuilder out = new StringBuilder();
        Path users = home.resolve("identity").resolve("users.properties");
        if (newPasswords.isEmpty()) {
            out.append(
                            "\n  Demo users: desk.uncac, desk.aseanpac, desk.apec, desk.bilateral, desk.ogp, report.officer,")
                    .append(" auditor, admin.\n  Their passwords were shown at the first start. To reset one, delete")
                    .append(" its line in\n  ")
                    .append(users)
                    .append(" (cooplog-cli: clients.properties) and start again.\n");
        } else {
            out.append("\n  Demo users and the cooplog-cli client secret, shown only this once")
                    .append(" (only hashes are kept):\n\n");
            newPasswords.forEach((name, password) -> out.append(String.format("    %-16s %s%n", name, password)));
        }
        return out.toString();
    }

    private Path handoverFile() {
        return home.resolve("identity").resolve("new-passwords");
    }
}
