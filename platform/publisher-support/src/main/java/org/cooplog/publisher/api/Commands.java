package org.cooplog.publisher.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.publisher.log.Command;
import org.cooplog.publisher.log.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** Turns the parts of an HTTP request that condition a write into a {@link Command}. */
public class Commands {

    /** One element of an If-Match list (RFC 9110 8.8.3): an optionally weak, quoted entity tag, and a comma. */
    private static final Pattern ETAG_ELEMENT =
            Pattern.compile("\\G[ \\t]*(?:(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"[ \\t]*)?(?:,|$)");

    private static final Pattern VERSION = Pattern.compile("[1-9]\\d{0,8}");
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
                ifMatch == null ? null : ifMatch(ifMatch));
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        String key = idempotencyKey.strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    /**
     * The If-Match condition as RFC 9110 defines it: {@code *}, or a list of entity tags of which only the strong
     * ones can match. A strong tag that is not a version is kept out; it matches no activity.
     */
    static IfMatch ifMatch(String header) {
        String value = header.strip();
        if (value.equals("*")) {
            return new IfMatch(true, List.of(), false);
        }
        List<Integer> versions = new ArrayList<>();
        boolean anyStrong = false;
        boolean anyTag = false;
        Matcher element = ETAG_ELEMENT.matcher(value);
        int end = 0;
        while (end < value.length() && element.find() && element.start() == end && element.end() > end) {
            end = element.end();
            if (element.group(2) != null) {
                anyTag = true;
                if (element.group(1) == null) {
                    anyStrong = true;
                    if (VERSION.matcher(element.group(2)).matches()) {
                        versions.add(Integer.valueOf(element.group(2)));
                    }
                }
            }
        }
        if (end < value.length() || !anyTag) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "If-Match must be the activity's ETag as it was given, e.g. \"3\", a list of them, or *");
        }
        return new IfMatch(false, versions, !anyStrong);
    }

    private String digest(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
