package org.coplan.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Slows down password guessing, for the login form and the API's HTTP Basic alike. Failed
 * sign-ins are counted per account name and per client address over a sliding window; once
 * there are too many in the window, sign-ins for that name (or from that address) are refused
 * without checking the password for a delay. Each failure that comes while the count is still
 * over the limit doubles the delay, which never passes the longest delay, so a real user is
 * never locked out for good; a delay starts again from the first once a whole window has passed
 * since the last refusal ended. A refused sign-in is
 * not a failure: it neither counts nor makes the delay longer. A successful sign-in clears the
 * account's count (not the address's, so that one valid login cannot wipe an attacker's slate).
 *
 * <p>Unknown account names are counted and refused exactly like real ones, so the refusal
 * says nothing about whether an account exists. Counts are held in this server's memory,
 * bounded in number ({@value #MAX_KEPT} names and as many addresses, the oldest dropped first);
 * they are lost at a restart.
 */
public final class LoginThrottle {

    static final int MAX_KEPT = 100_000;

    /** Failures kept beyond the limit: enough to keep the count over it, bounded against a flood. */
    private static final int MAX_EXCESS = 30;

    /** The settings, each a MicroProfile Config property under {@code coplan.login.}. */
    public record Limits(int accountFailures, int addressFailures, Duration window, Duration firstDelay, Duration longestDelay) {

        public static final Limits DEFAULTS = new Limits(5, 30, Duration.ofMinutes(30), Duration.ofMinutes(1), Duration.ofMinutes(15));

        public Limits {
            if (accountFailures < 1 || addressFailures < 1 || window.isNegative() || window.isZero()
                    || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("Login throttle settings out of range");
            }
        }

        /** The settings in force: each property if set, else its default. */
        public static Limits from(Config config) {
            return new Limits(
                    config.getOptionalValue("coplan.login.account-failures", Integer.class).orElse(DEFAULTS.accountFailures()),
                    config.getOptionalValue("coplan.login.address-failures", Integer.class).orElse(DEFAULTS.addressFailures()),
                    seconds(config, "coplan.login.window-seconds", DEFAULTS.window()),
                    seconds(config, "coplan.login.first-delay-seconds", DEFAULTS.firstDelay()),
                    seconds(config, "coplan.login.longest-delay-seconds", DEFAULTS.longestDelay()));
        }

        private static Duration seconds(Config config, String name, Duration orElse) {
            return config.getOptionalValue(name, Long.class).map(Duration::ofSeconds).orElse(orElse);
        }
    }

    /** The failures of one name or address inside the window, until when it is refused, and for how long it last was. */
    private record Failures(List<Instant> at, Instant refusedUntil, Duration lastDelay) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Cache<String, Failures> byAccount;
    private final Cache<String, Failures> byAddress;

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.byAccount = cache();
        this.byAddress = cache();
    }

    private Cache<String, Failures> cache() {
        // Kept as long as a failure can still count or a refusal still run, on the same clock as the counting.
        Duration keep = limits.window().plus(limits.longestDelay());
        return Caffeine.newBuilder().maximumSize(MAX_KEPT).expireAfterWrite(keep)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /**
     * Refuses the sign-in, before its password is checked, while the name or the address is
     * being throttled. A null address (not known) is not counted.
     */
    public void check(String accountName, String address) throws ThrottledException {
        Instant now = clock.instant();
        Failures account = byAccount.getIfPresent(key(accountName));
        if (refusing(account, now)) {
            throw new ThrottledException(ThrottledException.By.ACCOUNT, Duration.between(now, account.refusedUntil()));
        }
        Failures fromAddress = address == null ? null : byAddress.getIfPresent(address);
        if (refusing(fromAddress, now)) {
            throw new ThrottledException(ThrottledException.By.ADDRESS, Duration.between(now, fromAddress.refusedUntil()));
        }
    }

    /** A wrong password (or unknown name) for the name, from the address. */
    public void failed(String accountName, String address) {
        Instant now = clock.instant();
        byAccount.asMap().compute(key(accountName), (k, old) -> count(old, now, limits.accountFailures()));
        if (address != null) {
            byAddress.asMap().compute(address, (k, old) -> count(old, now, limits.addressFailures()));
        }
    }

    /** A sign-in that succeeded: the account starts again from nothing. */
    public void succeeded(String accountName) {
        byAccount.invalidate(key(accountName));
    }

    private static boolean refusing(Failures failures, Instant now) {
        return failures != null && failures.refusedUntil() != null && now.isBefore(failures.refusedUntil());
    }

    private Failures count(Failures old, Instant now, int limit) {
        Instant windowStart = now.minus(limits.window());
        List<Instant> at = new ArrayList<>();
        if (old != null) {
            old.at().stream().filter(t -> t.isAfter(windowStart)).forEach(at::add);
        }
        at.add(now);
        while (at.size() > limit + MAX_EXCESS) {
            at.remove(0);
        }
        if (at.size() < limit) {
            return new Failures(List.copyOf(at), old == null ? null : old.refusedUntil(), old == null ? null : old.lastDelay());
        }
        boolean escalating = old != null && old.lastDelay() != null && now.isBefore(old.refusedUntil().plus(limits.window()));
        Duration delay = escalating ? longer(old.lastDelay()) : limits.firstDelay();
        return new Failures(List.copyOf(at), now.plus(delay), delay);
    }

    /** Twice the delay, never longer than the longest delay. */
    private Duration longer(Duration delay) {
        Duration doubled = delay.multipliedBy(2);
        return doubled.compareTo(limits.longestDelay()) > 0 ? limits.longestDelay() : doubled;
    }

    private static String key(String accountName) {
        return accountName == null ? "" : accountName.trim().toLowerCase(Locale.ROOT);
    }
}
