package org.cooplog.publisher.problem;

import java.net.URI;

/** The problem types of the API (RFC 9457), one URI each, stable so clients can branch on them. */
public final class Problems {

    public static final URI INVALID_REQUEST = URI.create("urn:cooplog:problem:invalid-request");
    public static final URI UNREADABLE_REQUEST = URI.create("urn:cooplog:problem:unreadable-request");
    public static final URI BROKER_UNAVAILABLE = URI.create("urn:cooplog:problem:broker-unavailable");

    private Problems() {}
}
