package org.cooplog.publisher.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.publisher.log.Command;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** Turns the parts of an HTTP request that condition a write into a {@link Command}. */
public class Commands {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");
    private static final int MAX_KEY_LENGTH = 255;

    private final JsonMapper json;

    public Commands(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param ifMatch the If-Match header, {@code "3"}; null when planning
     * @param idempotencyKey the Idempotency-Key header, or null
     * @param body the parsed request body, whose JSON form identifies the request for its idempotency key
     */
    public Command of(Principal principal, String ifMatch, String idempotencyKey, Object body) {
        return new Command(
                principal == null ? "anonymous" : principal.getName(),
                key(idempotencyKey),
                digest(body),
                ifMatch == null ? null : version(ifMatch));
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        String key = idempotencyKey.strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static Integer version(String ifMatch) {
        Matcher matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "If-Match must name one activity version, as the ETag gives it: \"3\"");
        }
        return Integer.valueOf(matcher.group(1));
    }

    private String digest(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
