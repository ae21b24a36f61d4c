package org.cooplog.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where a token says who is asking and what they may do. Providers differ: Keycloak puts realm roles under
 * {@code realm_access.roles}, Entra ID under {@code roles}; the standalone identity service writes {@code roles}.
 *
 * @param rolesClaim the claim holding the role names, a dotted path into nested claims
 * @param usernameClaim the claim that names the user in the log's "recorded by"; {@code sub} when a token lacks it
 */
@Validated
@ConfigurationProperties("cooplog.security")
public record TokenClaimsProperties(
        @DefaultValue("roles") @NotBlank String rolesClaim,
        @DefaultValue("preferred_username") @NotBlank String usernameClaim) {}
