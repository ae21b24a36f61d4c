package org.cooplog.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and per address, and how long each must now wait. Past its limit, every failure doubles
 * the wait up to the longest lock, so guessing slows at once and soon stops. A name that has no account is counted
 * like one that has, so a lock says nothing about which names exist. Held in memory: restarting the identity service
 * lifts every lock.
 */
@Component
public class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    private static final int FORGET_ABOVE = 10_000;

    private final SignInProperties limits;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    SignInAttempts(SignInProperties limits) {
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** How long this name from this address must still wait before its password is even checked; empty if not. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(
                lockedUntil(accounts.get(key(username)), limits.accountFailures()),
                lockedUntil(addresses.get(address), limits.addressFailures()));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        Failures account = accounts.merge(key(username), new Failures(1, now), (old, one) -> old.plus(now, limits));
        Failures fromAddress = addresses.merge(address, new Failures(1, now), (old, one) -> old.plus(now, limits));
        log.warn(
                "Failed sign-in as {} from {}: {} in a row for the name, {} from the address",
                username,
                address,
                account.count(),
                fromAddress.count());
        if (accounts.size() > FORGET_ABOVE || addresses.size() > FORGET_ABOVE) {
            accounts.values().removeIf(failures -> failures.forgotten(now, limits));
            addresses.values().removeIf(failures -> failures.forgotten(now, limits));
        }
    }

    /** A right password ends the account's run of failures; the address's are forgotten only with time. */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private Instant lockedUntil(Failures failures, int allowed) {
        if (failures == null || failures.count() < allowed) {
            return Instant.MIN;
        }
        int doublings = Math.min(failures.count() - allowed, 30);
        Duration pause = limits.firstPause().multipliedBy(1L << doublings);
        return failures.last().plus(pause.compareTo(limits.longestLock()) > 0 ? limits.longestLock() : pause);
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** A run of failures and when the last one was. */
    record Failures(int count, Instant last) {

        Failures plus(Instant now, SignInProperties limits) {
            return forgotten(now, limits) ? new Failures(1, now) : new Failures(count + 1, now);
        }

        boolean forgotten(Instant now, SignInProperties limits) {
            return now.isAfter(last.plus(limits.longestLock()));
        }
    }
}
