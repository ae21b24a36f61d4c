package org.cooplog.publisher.testing;

import java.util.Map;

/**
 * One bad request to a publisher, and what it must get: a 4xx problem naming what is wrong.
 *
 * @param name what is bad about it, unique in the corpus
 * @param command the lifecycle command it is sent to, e.g. {@code held}; empty for planning an activity
 * @param headers the request's headers besides the bearer token; a Content-Type of JSON unless one is given
 * @param body the request body, with {@link BadInputs#DETAILS} where the track's valid details go
 * @param status the status it must be answered with
 * @param names what the answer must name: a field of its {@code errors}, or else a word of its {@code detail}
 */
public record BadInput(
        String name, String command, Map<String, String> headers, String body, int status, String names) {

    @Override
    public String toString() {
        return name;
    }

    /** The body to send, with the track's own valid details in place. */
    String body(String details) {
        return body.replace(BadInputs.DETAILS, details);
    }
}
