package org.cooplog.identity.admin;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.cooplog.identity.account.Accounts;
import org.cooplog.identity.account.PasswordRule;
import org.cooplog.identity.login.SignInAttempts;
import org.cooplog.identity.login.SignInAttempts.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an administrator does for a person who cannot sign in: see which names and addresses are locked after failed
 * sign-ins, lift a lock, and set a new password, which must follow the {@link PasswordRule} and also lifts the
 * account's lock. Each is logged with the administrator's name.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);
    private static final URI INVALID = URI.create("urn:cooplog:problem:invalid-request");

    private final SignInAttempts attempts;
    private final Accounts accounts;
    private final InMemoryUserDetailsManager users;
    private final PasswordRule rule;

    AccountAdministration(
            SignInAttempts attempts, Accounts accounts, InMemoryUserDetailsManager users, PasswordRule rule) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.users = users;
        this.rule = rule;
    }

    /** A new password, as an administrator sends it. */
    record NewPassword(String password) {}

    @GetMapping("/api/sign-in/locks")
    List<Lock> locks() {
        return attempts.locks();
    }

    @DeleteMapping("/api/sign-in/locks/accounts/{name}")
    ResponseEntity<Void> unlockAccount(@PathVariable String name, Principal admin) {
        attempts.unlock(Lock.Kind.ACCOUNT, name, admin.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/sign-in/locks/addresses/{address}")
    ResponseEntity<Void> unlockAddress(@PathVariable String address, Principal admin) {
        attempts.unlock(Lock.Kind.ADDRESS, address, admin.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/api/accounts/{name}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> setPassword(@PathVariable String name, @RequestBody NewPassword body, Principal admin) {
        if (!accounts.isUser(name)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No person signs in as " + name));
        }
        String problem = rule.problemIn(body.password()).orElse(null);
        if (problem != null) {
            ProblemDetail invalid =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "1 field is invalid: password");
            invalid.setType(INVALID);
            invalid.setTitle("Invalid request");
            invalid.setProperty("errors", List.of(Map.of("field", "password", "message", problem)));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(invalid);
        }
        String hash = accounts.setPassword(name, body.password());
        users.updateUser(User.withUserDetails(users.loadUserByUsername(name))
                .password(hash)
                .build());
        attempts.unlock(Lock.Kind.ACCOUNT, name, admin.getName());
        log.warn("Password of {} set by {}", name, admin.getName());
        return ResponseEntity.noContent().build();
    }
}
