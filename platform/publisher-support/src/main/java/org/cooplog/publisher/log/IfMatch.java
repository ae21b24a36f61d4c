package org.cooplog.publisher.log;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An If-Match condition on an activity's version, evaluated as RFC 9110 (13.1.1) says: {@code *} matches whatever
 * version the activity is at; a list matches when one of its tags is, by strong comparison, the activity's ETag. A
 * weak tag ({@code W/"2"}) never matches: it only says two versions are alike, and a change needs the very version it
 * was decided on.
 *
 * @param anyVersion the condition was {@code *}
 * @param versions the versions the strong tags name; a strong tag that names no version is left out
 * @param weakOnly every tag the condition lists is weak
 */
public record IfMatch(boolean anyVersion, List<Integer> versions, boolean weakOnly) {

    public IfMatch {
        versions = List.copyOf(versions);
    }

    /** The condition of one strong ETag, {@code "3"}. */
    public static IfMatch version(int version) {
        return new IfMatch(false, List.of(version), false);
    }

    boolean matches(int version) {
        return anyVersion || versions.contains(version);
    }

    /** Why the activity at this version does not match, for a reader who sent the condition. */
    String mismatch(int current) {
        if (weakOnly) {
            return "If-Match needs the activity's ETag as it is, \"" + current + "\": a weak tag (W/) never matches a"
                    + " change";
        }
        String asked = versions.isEmpty()
                ? "which If-Match does not name"
                : versions.size() == 1
                        ? "not " + versions.get(0)
                        : "not any of " + versions.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "The activity is at version " + current + ", " + asked + ": reload it and decide again";
    }
}
