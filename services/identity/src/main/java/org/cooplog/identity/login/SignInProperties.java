package org.cooplog.identity.login;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How repeated failed sign-ins are slowed and then locked (docs/security.md, "Failed sign-ins").
 *
 * @param accountFailures failures in a row one account may have before each further one makes it wait
 * @param addressFailures failures one address may have, on any accounts, before each further one makes it wait
 * @param firstPause the wait after the first failure over a limit; it doubles with each further failure
 * @param longestLock the longest wait; failures older than this are forgotten
 */
@Validated
@ConfigurationProperties("cooplog.identity.sign-in")
public record SignInProperties(
        @DefaultValue("3") @Positive int accountFailures,
        @DefaultValue("20") @Positive int addressFailures,
        @DefaultValue("5s") @NotNull Duration firstPause,
        @DefaultValue("15m") @NotNull Duration longestLock) {}
