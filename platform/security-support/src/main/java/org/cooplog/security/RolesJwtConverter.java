package org.cooplog.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated token into the caller: its name, which every event records as "recorded by", and its roles.
 * Role names the product does not know are dropped, so a provider's other roles grant nothing here.
 */
public final class RolesJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TokenClaimsProperties claims;

    public RolesJwtConverter(TokenClaimsProperties claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = roleNames(jwt)
                .map(Role::named)
                .flatMap(Optional::stream)
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        String name = jwt.getClaimAsString(claims.usernameClaim());
        return new JwtAuthenticationToken(jwt, authorities, name == null || name.isBlank() ? jwt.getSubject() : name);
    }

    private Stream<String> roleNames(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String step : claims.rolesClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (value instanceof Collection<?> names) {
            return names.stream().map(String::valueOf);
        }
        if (value instanceof String names) {
            return Stream.of(names.split("[\\s,]+")).filter(name -> !name.isBlank());
        }
        return Stream.empty();
    }
}
