package org.cooplog.console.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooplog.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person using the console as pages need to know them: their name and what they may do.
 *
 * @param name as the log records it
 * @param roles the product's roles the provider granted
 */
public record SignedInUser(String name, Set<Role> roles) {

    /** The console's client registration at the OpenID Connect provider. */
    public static final String REGISTRATION = "cooplog";

    public static final List<String> TRACKS = List.of("uncac", "aseanpac", "apec", "bilateral", "ogp");

    public static SignedInUser of(Authentication authentication) {
        Set<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Role.named(authority).stream())
                .collect(Collectors.toSet());
        return new SignedInUser(authentication.getName(), roles);
    }

    public boolean canWrite(String track) {
        return roles.contains(Role.ADMIN)
                || (track != null
                        && TRACKS.contains(track.toLowerCase(Locale.ROOT))
                        && roles.contains(Role.deskOf(track.toLowerCase(Locale.ROOT))));
    }

    /** The tracks this person may write, in the console's order. */
    public List<String> writableTracks() {
        return TRACKS.stream().filter(this::canWrite).toList();
    }

    public boolean canIssueReports() {
        return roles.contains(Role.REPORT_OFFICER) || roles.contains(Role.ADMIN);
    }

    public boolean canAudit() {
        return roles.contains(Role.AUDITOR) || roles.contains(Role.REPORT_OFFICER) || roles.contains(Role.ADMIN);
    }

    /** Role names, for the page header. */
    public List<String> roleNames() {
        return roles.stream().sorted().map(Role::name).toList();
    }
}
