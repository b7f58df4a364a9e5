package org.coplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Limits.DEFAULTS, clock);

    private ThrottledException refusal(String name, String address) {
        return catchThrowableOfType(() -> throttle.check(name, address), ThrottledException.class);
    }

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.check(name, address);
            throttle.failed(name, address);
        }
    }

    @Test
    void fiveFailuresForAnAccountRefuseItForAMinute() {
        fail("sam.practitioner", "10.0.0.1", 4);
        assertThatCode(() -> throttle.check("sam.practitioner", "10.0.0.1")).doesNotThrowAnyException();
        fail("sam.practitioner", "10.0.0.1", 1);
        ThrottledException refused = refusal("sam.practitioner", "10.0.0.2");
        assertThat(refused).isNotNull();
        assertThat(refused.by()).isEqualTo(ThrottledException.By.ACCOUNT);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(refused.minutes()).isEqualTo(1);
        // The name is not case-sensitive, and another account is not affected.
        assertThat(refusal("SAM.practitioner ", "10.0.0.3")).isNotNull();
        assertThatCode(() -> throttle.check("alex.family", "10.0.0.3")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(59));
        assertThat(refusal("sam.practitioner", "10.0.0.2").seconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.check("sam.practitioner", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void theDelayDoublesWithEachFurtherFailureButNeverPassesFifteenMinutes() {
        fail("sam.practitioner", null, 5);
        long[] expectedMinutes = {2, 4, 8, 15, 15};
        for (long minutes : expectedMinutes) {
            clock.advance(refusal("sam.practitioner", null).retryAfter());
            fail("sam.practitioner", null, 1);
            assertThat(refusal("sam.practitioner", null).retryAfter()).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aDelayStartsAgainFromTheFirstOnceAWholeWindowHasPassed() {
        fail("sam.practitioner", null, 5);
        clock.advance(Duration.ofMinutes(1));
        fail("sam.practitioner", null, 1);
        assertThat(refusal("sam.practitioner", null).retryAfter()).isEqualTo(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2 + 31));
        fail("sam.practitioner", null, 5);
        assertThat(refusal("sam.practitioner", null).retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusedAttemptsNeitherCountNorMakeTheDelayLonger() {
        fail("sam.practitioner", null, 5);
        for (int i = 0; i < 50; i++) {
            assertThat(refusal("sam.practitioner", null)).isNotNull();
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(10));
        assertThatCode(() -> throttle.check("sam.practitioner", null)).doesNotThrowAnyException();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        fail("sam.practitioner", null, 4);
        throttle.succeeded("sam.practitioner");
        fail("sam.practitioner", null, 4);
        assertThatCode(() -> throttle.check("sam.practitioner", null)).doesNotThrowAnyException();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("sam.practitioner", null, 4);
        clock.advance(Duration.ofMinutes(31));
        fail("sam.practitioner", null, 4);
        assertThatCode(() -> throttle.check("sam.practitioner", null)).doesNotThrowAnyException();
        fail("sam.practitioner", null, 1);
        assertThat(refusal("sam.practitioner", null)).isNotNull();
    }

    @Test
    void manyFailuresFromOneAddressRefuseItWhateverTheNames() {
        for (int i = 0; i < 29; i++) {
            fail("guess" + i, "10.0.0.9", 1);
        }
        assertThatCode(() -> throttle.check("sam.practitioner", "10.0.0.9")).doesNotThrowAnyException();
        fail("guess-last", "10.0.0.9", 1);
        ThrottledException refused = refusal("sam.practitioner", "10.0.0.9");
        assertThat(refused).isNotNull();
        assertThat(refused.by()).isEqualTo(ThrottledException.By.ADDRESS);
        // The same account from another address is let through: only the address is refused.
        assertThatCode(() -> throttle.check("sam.practitioner", "10.0.0.10")).doesNotThrowAnyException();
        // A successful sign-in does not wipe the address's count.
        throttle.succeeded("sam.practitioner");
        assertThat(refusal("anyone", "10.0.0.9")).isNotNull();
    }
}
