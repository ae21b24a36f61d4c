package org.cooplog.identity.server;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.cooplog.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity service's settings.
 *
 * @param home where users, client secrets and the signing key are kept, hashed or private to this account
 * @param issuer the issuer URI every token names and every service expects
 * @param consoleRedirectUri where the console receives its authorization code
 * @param cliRoles the roles of the {@code cooplog-cli} client that scripts use
 * @param seederSecret the secret of the {@code cooplog-seeder} client, given afresh by the standalone launcher on
 *     each start; without it there is no seeder client
 * @param newPasswordsFile where to hand newly made passwords to the launcher; without it they are printed
 */
@Validated
@ConfigurationProperties("cooplog.identity")
public record IdentityProperties(
        @NotNull Path home,
        @NotNull URI issuer,
        @NotNull URI consoleRedirectUri,

        @DefaultValue({"DESK_UNCAC", "DESK_ASEANPAC", "DESK_APEC", "DESK_BILATERAL", "DESK_OGP", "REPORT_OFFICER"})
        @NotEmpty
        List<Role> cliRoles,

        String seederSecret,
        Path newPasswordsFile) {}
