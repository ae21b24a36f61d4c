package org.cooplog.console.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cooplog.security.RolesJwtConverter;
import org.cooplog.security.TokenClaimsProperties;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The signed-in person's roles, read from the same claim the APIs read ({@code cooplog.security.roles-claim}), in
 * the ID token and, where a provider puts them only there (Keycloak), in the access token. The console shows a person
 * only what these roles allow; the APIs decide again from the access token.
 */
final class ProviderRoles extends OidcUserService {

    private final TokenClaimsProperties claims;
    private final RolesJwtConverter converter;

    ProviderRoles(TokenClaimsProperties claims) {
        this.claims = claims;
        this.converter = new RolesJwtConverter(claims);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
        authorities.addAll(rolesIn(user.getClaims()));
        accessTokenClaims(request.getAccessToken().getTokenValue())
                .map(this::rolesIn)
                .ifPresent(authorities::addAll);
        String nameClaim = user.getClaims().get(claims.usernameClaim()) != null ? claims.usernameClaim() : "sub";
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }

    private java.util.Collection<GrantedAuthority> rolesIn(Map<String, Object> tokenClaims) {
        Jwt jwt = new Jwt("claims", Instant.EPOCH, Instant.MAX, Map.of("alg", "none"), tokenClaims);
        return converter.convert(jwt).getAuthorities();
    }

    /** The claims of a JWT access token; empty for an opaque one. Its signature is the APIs' to check. */
    private static java.util.Optional<Map<String, Object>> accessTokenClaims(String token) {
        try {
            return java.util.Optional.of(
                    JWTParser.parse(token).getJWTClaimsSet().getClaims());
        } catch (ParseException e) {
            return java.util.Optional.empty();
        }
    }
}
