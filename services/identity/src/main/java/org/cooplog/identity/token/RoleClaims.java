package org.cooplog.identity.token;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts into every token what the services read: {@code roles} and {@code preferred_username}. A person's come from
 * their account; a machine client's from its registration, and its name is its client id, which the log then shows
 * as who recorded a change.
 */
public final class RoleClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The client setting that holds a machine client's role names. */
    public static final String CLIENT_ROLES = "cooplog.roles";

    private static final String ROLE_PREFIX = "ROLE_";

    @Override
    public void customize(JwtEncodingContext context) {
        List<String> roles;
        String name;
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            RegisteredClient client = context.getRegisteredClient();
            List<String> configured = client.getClientSettings().getSetting(CLIENT_ROLES);
            roles = configured == null ? List.of() : configured;
            name = client.getClientId();
        } else {
            Authentication user = context.getPrincipal();
            roles = user.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                    .map(authority -> authority.substring(ROLE_PREFIX.length()))
                    .toList();
            name = user.getName();
        }
        context.getClaims().claim("roles", roles).claim("preferred_username", name);
    }
}
