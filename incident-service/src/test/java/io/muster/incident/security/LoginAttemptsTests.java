package io.muster.incident.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTests {

    private final MovableClock clock = new MovableClock();
    private final LoginAttempts attempts =
            new LoginAttempts(new LoginProperties(3, 5, Duration.ofMinutes(5), 100), clock);

    @Test
    void aUsernameIsBlockedForTheLockoutOnceItReachesItsLimit() {
        fail("ada", "10.0.0.1", 2);
        assertThat(attempts.blockedFor("ada", "10.0.0.1")).isEmpty();
        fail("ada", "10.0.0.2", 1);
        assertThat(attempts.blockedFor("ada", "10.0.0.3")).contains(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(4));
        assertThat(attempts.blockedFor("ADA", "10.0.0.3")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.blockedFor("ada", "10.0.0.3")).isEmpty();
    }

    @Test
    void anAddressIsBlockedOnceItReachesItsLimitWhateverTheUsernames() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i, "10.0.0.9", 1);
        }
        assertThat(attempts.blockedFor("someone-else", "10.0.0.9")).isPresent();
        assertThat(attempts.blockedFor("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void failuresOlderThanTheLockoutNoLongerCount() {
        fail("bob", "10.0.0.1", 2);
        clock.advance(Duration.ofMinutes(6));
        fail("bob", "10.0.0.1", 2);
        assertThat(attempts.blockedFor("bob", "10.0.0.1")).isEmpty();
    }

    @Test
    void aGoodPasswordClearsTheUsernameButNotTheAddress() {
        fail("carol", "10.0.0.4", 2);
        fail("dave", "10.0.0.4", 2);
        attempts.succeeded("carol");
        fail("carol", "10.0.0.5", 2);
        assertThat(attempts.blockedFor("carol", "10.0.0.5")).isEmpty();
        fail("erin", "10.0.0.4", 1);
        assertThat(attempts.blockedFor("frank", "10.0.0.4")).isPresent();
    }

    @Test
    void whenTrackingIsFullExpiredEntriesMakeRoom() {
        for (int i = 0; i < 60; i++) {
            fail("flood" + i, "10.1.0." + i, 1);
        }
        clock.advance(Duration.ofMinutes(6));
        fail("victim", "10.2.0.1", 3);
        assertThat(attempts.blockedFor("victim", "10.2.0.2")).isPresent();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(username, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-21T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
