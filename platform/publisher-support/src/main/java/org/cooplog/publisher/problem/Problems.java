package org.cooplog.publisher.problem;

import java.net.URI;

/** The problem types of the API (RFC 9457), one URI each, stable so clients can branch on them. */
public final class Problems {

    public static final URI INVALID_REQUEST = URI.create("urn:cooplog:problem:invalid-request");
    public static final URI UNREADABLE_REQUEST = URI.create("urn:cooplog:problem:unreadable-request");
    public static final URI UNSUPPORTED_CHARSET = URI.create("urn:cooplog:problem:unsupported-charset");
    public static final URI BROKER_UNAVAILABLE = URI.create("urn:cooplog:problem:broker-unavailable");

    private Problems() {}

    /** The problem type of a refused command: {@code urn:cooplog:problem:stale-version} and so on. */
    public static URI of(org.cooplog.publisher.log.ActivityLogException.Kind kind) {
        return URI.create("urn:cooplog:problem:"
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
