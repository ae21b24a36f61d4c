package org.cooplog.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** How a token's claims become the caller: the name the log records, and the roles the rules check. */
class RolesJwtConverterTests {

    private final RolesJwtConverter standard =
            new RolesJwtConverter(new TokenClaimsProperties("roles", "preferred_username"));

    @Test
    void takesTheUserNameAndTheRolesTheProductKnows() {
        var caller = standard.convert(jwt(
                Map.of("preferred_username", "desk.bilateral", "roles", List.of("DESK_BILATERAL", "offline_access"))));

        assertThat(caller.getName()).isEqualTo("desk.bilateral");
        assertThat(caller.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_DESK_BILATERAL");
    }

    @Test
    void readsRolesFromANestedClaimInAnyCaseWithOrWithoutThePrefix() {
        RolesJwtConverter keycloak =
                new RolesJwtConverter(new TokenClaimsProperties("realm_access.roles", "preferred_username"));

        var caller = keycloak.convert(
                jwt(Map.of("realm_access", Map.of("roles", List.of("role_auditor", "Report_Officer")))));

        assertThat(caller.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AUDITOR", "ROLE_REPORT_OFFICER");
    }

    @Test
    void namesTheSubjectWhenTheTokenHasNoUserNameAndGrantsNothingWithoutRoles() {
        var caller = standard.convert(jwt(Map.of("scope", "openid")));

        assertThat(caller.getName()).isEqualTo("subject-42");
        assertThat(caller.getAuthorities()).isEmpty();
    }

    @Test
    void acceptsRolesAsOneSpaceOrCommaSeparatedString() {
        var caller = standard.convert(jwt(Map.of("roles", "DESK_OGP, ADMIN")));

        assertThat(caller.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_DESK_OGP", "ROLE_ADMIN");
    }

    @Test
    void writesProblemDetailTextThatCannotBreakOutOfItsString() {
        assertThat(ProblemResponses.quoted("a \"b\" <script>\n"))
                .isEqualTo("\"a \\\"b\\\" \\u003cscript\\u003e\\u000a\"");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("subject-42")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
