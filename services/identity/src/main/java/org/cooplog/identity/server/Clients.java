package org.cooplog.identity.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cooplog.identity.account.Accounts;
import org.cooplog.identity.account.DemoAccounts;
import org.cooplog.identity.token.RoleClaims;
import org.cooplog.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registered clients: the console (a person signs in, authorization code with PKCE), {@code cooplog-cli} for
 * scripts, and {@code cooplog-seeder} for the standalone launcher when it has given a secret for it.
 */
final class Clients {

    /**
     * How long an access token opens the APIs. The APIs check tokens locally and cannot see a revocation or a
     * sign-out, so this is how long a stolen token stays useful; the console gets a new one by itself when it runs out.
     */
    static final Duration PERSON_TOKEN_LIFETIME = Duration.ofMinutes(5);

    /** A script asks for a new token when this runs out. */
    static final Duration MACHINE_TOKEN_LIFETIME = Duration.ofMinutes(10);

    private Clients() {}

    static InMemoryRegisteredClientRepository of(
            Accounts accounts, IdentityProperties identity, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(DemoAccounts.CONSOLE_CLIENT)
                .clientId(DemoAccounts.CONSOLE_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(identity.consoleRedirectUri().toString())
                // Signing out of the console ends the session here too, then returns to the console's page saying so.
                .postLogoutRedirectUri(
                        identity.consoleRedirectUri().resolve("/signed-out").toString())
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(PERSON_TOKEN_LIFETIME)
                        .build())
                .build());
        clients.add(machine(
                DemoAccounts.CLI_CLIENT,
                accounts.clientSecretHash(DemoAccounts.CLI_CLIENT),
                identity.cliRoles().stream().map(Role::name).toList()));
        if (identity.seederSecret() != null && !identity.seederSecret().isBlank()) {
            clients.add(machine(
                    DemoAccounts.SEEDER_CLIENT,
                    encoder.encode(identity.seederSecret()),
                    Arrays.stream(Role.values())
                            .filter(role -> role.name().startsWith("DESK_"))
                            .map(Role::name)
                            .toList()));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient machine(String clientId, String secretHash, List<String> roles) {
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .setting(RoleClaims.CLIENT_ROLES, roles)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(MACHINE_TOKEN_LIFETIME)
                        .build())
                .build();
    }
}
