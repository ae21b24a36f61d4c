package org.cooplog.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person or a machine may do, as the OpenID Connect provider grants it in the token's roles claim. A desk
 * writes only its own track; the report officer issues reports; the auditor reads everything and writes nothing; the
 * administrator may do all of it.
 */
public enum Role {
    DESK_UNCAC,
    DESK_ASEANPAC,
    DESK_APEC,
    DESK_BILATERAL,
    DESK_OGP,
    REPORT_OFFICER,
    AUDITOR,
    ADMIN;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** The desk that writes a track: {@code bilateral} is {@link #DESK_BILATERAL}. */
    public static Role deskOf(String trackSlug) {
        return valueOf("DESK_" + trackSlug.toUpperCase(Locale.ROOT));
    }

    /** The role a claim value names, with or without the {@code ROLE_} prefix and in any case; empty if none. */
    public static Optional<Role> named(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        String bare = name.startsWith(AUTHORITY_PREFIX) ? name.substring(AUTHORITY_PREFIX.length()) : name;
        return Arrays.stream(values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    /** The granted authority Spring Security checks: {@code ROLE_DESK_BILATERAL}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** Every role's name, for rules that any signed-in role passes. */
    public static String[] allNames() {
        return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
    }
}
