package org.cooplog.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * like one that has, so a lock says nothing about which names exist. Held in memory: an administrator lifts one with
 * {@link #unlock}, and restarting the identity service lifts every lock.
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

    /** Every account name and address that must wait now, and until when, soonest free first. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        List<Lock> locks = new ArrayList<>();
        accounts.forEach((name, failures) ->
                locks.add(new Lock(Lock.Kind.ACCOUNT, name, lockedUntil(failures, limits.accountFailures()))));
        addresses.forEach((address, failures) ->
                locks.add(new Lock(Lock.Kind.ADDRESS, address, lockedUntil(failures, limits.addressFailures()))));
        locks.removeIf(lock -> !lock.until().isAfter(now));
        locks.sort(Comparator.comparing(Lock::until));
        return locks;
    }

    /**
     * Lifts the lock of an account name, or of an address, and forgets its failures: the administrator's way to let
     * someone in again before the wait is over.
     *
     * @return whether there were failures to forget
     */
    public boolean unlock(Lock.Kind kind, String name, String by) {
        Failures forgotten = kind == Lock.Kind.ACCOUNT ? accounts.remove(key(name)) : addresses.remove(name);
        log.warn("Sign-in lock of {} {} lifted by {}", kind.name().toLowerCase(Locale.ROOT), name, by);
        return forgotten != null;
    }

    /** A name or address that may not sign in before {@code until}. */
    public record Lock(Kind kind, String name, Instant until) {

        public enum Kind {
            ACCOUNT,
            ADDRESS
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
