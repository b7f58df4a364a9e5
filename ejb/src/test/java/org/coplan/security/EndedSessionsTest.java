package org.coplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EndedSessionsTest {

    private final LoginThrottleTest.TestClock clock = new LoginThrottleTest.TestClock();
    private final EndedSessions ended = new EndedSessions(clock);

    @Test
    void sessionsSignedInBeforeTheEndAreEndedAndLaterOnesAreNot() {
        var before = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        ended.end("alex.family");
        var atTheEnd = clock.instant();
        clock.advance(Duration.ofMillis(1));
        var after = clock.instant();
        assertThat(ended.isEnded("alex.family", before)).isTrue();
        assertThat(ended.isEnded("alex.family", atTheEnd)).isTrue();
        assertThat(ended.isEnded("alex.family", after)).isFalse();
        assertThat(ended.isEnded("sam.practitioner", before)).isFalse();
    }

    @Test
    void aLaterEndReplacesAnEarlierOne() {
        ended.end("alex.family");
        clock.advance(Duration.ofMinutes(1));
        var between = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        ended.end("alex.family");
        assertThat(ended.isEnded("alex.family", between)).isTrue();
    }
}
