package org.cooplog.identity.account;

import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a password set by a person must be (docs/security.md, "Passwords"): long enough to stand alone as the only
 * factor, as NIST SP 800-63B asks of a single-factor password (15 characters), and no longer than bcrypt reads (72
 * bytes of UTF-8), since a longer one would be cut without a word.
 *
 * @param minLength the fewest characters a password may have
 */
@Validated
@ConfigurationProperties("cooplog.identity.password")
public record PasswordRule(@DefaultValue("15") @Min(8) int minLength) {

    /** The most bytes of UTF-8 that bcrypt takes into account. */
    public static final int MAX_BYTES = 72;

    /** Why the password cannot be set, or empty when it can. */
    public Optional<String> problemIn(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("must not be empty");
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("must have at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must have at most " + MAX_BYTES + " bytes (72 letters without diacritics)");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }
}
