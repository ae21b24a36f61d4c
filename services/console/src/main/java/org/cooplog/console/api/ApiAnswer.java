package org.cooplog.console.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** What an API answered: its status, headers and body, read as JSON where it is JSON. */
public record ApiAnswer(int status, HttpHeaders headers, byte[] body, JsonMapper json) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as plain JSON values: maps, lists, strings, numbers. */
    public Object value() {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readValue(body, Object.class);
        } catch (JacksonException e) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
        return value() instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list() {
        return value() instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The version in the ETag, without quotes; null without one. */
    public String version() {
        String etag = headers.getETag();
        return etag == null ? null : etag.replace("W/", "").replace("\"", "");
    }

    /** The RFC 9457 problem the API answered with. */
    public Problem problem() {
        return Problem.of(status, object());
    }

    /** Stops the page with this answer's problem unless it succeeded. */
    public ApiAnswer orThrow() {
        if (!ok()) {
            throw new ApiProblemException(problem());
        }
        return this;
    }

    /** A 404's problem, for a page that says "not found" itself; any other refusal stops the page. */
    public Problem orThrowUnless404() {
        if (status == 404) {
            return problem();
        }
        orThrow();
        return null;
    }
}
