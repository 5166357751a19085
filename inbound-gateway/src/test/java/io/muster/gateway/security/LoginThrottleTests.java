package io.muster.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import reactor.test.StepVerifier;

/** The operator logins' throttle with a real password check behind it, on a clock the test moves. */
class LoginThrottleTests {

    private static final String HASH =
            "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("right");

    private Instant now = Instant.parse("2025-01-01T08:00:00Z");
    private final Clock clock = new Clock() {
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
    };

    private final ThrottledLogins logins = new ThrottledLogins(
            new UserDetailsRepositoryReactiveAuthenticationManager(new MapReactiveUserDetailsService(
                    User.withUsername("olga").password(HASH).roles("OPERATOR").build())),
            new LoginThrottle(new OperatorLoginsProperties(3, 10, Duration.ofMinutes(5), 1024), clock));

    @Test
    void aLockedUserNameIsRefusedEvenWithTheRightPasswordUntilItsWindowEnds() {
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(login("olga", "wrong", "10.0.0.1"))
                    .expectError(BadCredentialsException.class)
                    .verify();
        }

        StepVerifier.create(login("olga", "right", "10.0.0.2"))
                .expectError(LoginThrottled.class)
                .verify();
        now = now.plus(Duration.ofMinutes(5));
        StepVerifier.create(login("olga", "right", "10.0.0.2"))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void anAddressGuessingManyNamesIsRefusedForEveryName() {
        for (int i = 0; i < 10; i++) {
            StepVerifier.create(login("name-" + i, "wrong", "10.0.0.9"))
                    .expectError(BadCredentialsException.class)
                    .verify();
        }

        StepVerifier.create(login("olga", "right", "10.0.0.9"))
                .expectError(LoginThrottled.class)
                .verify();
        StepVerifier.create(login("olga", "right", "10.0.0.10"))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void aRightPasswordClearsItsNameButNotItsAddress() {
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 2; i++) {
                StepVerifier.create(login("olga", "wrong", "10.0.0.20"))
                        .expectError(BadCredentialsException.class)
                        .verify();
            }
            StepVerifier.create(login("olga", "right", "10.0.0.20"))
                    .expectNextCount(1)
                    .verifyComplete();
        }

        StepVerifier.create(login("olga", "wrong", "10.0.0.20"))
                .expectError(BadCredentialsException.class)
                .verify();
        StepVerifier.create(login("olga", "wrong", "10.0.0.20"))
                .expectError(BadCredentialsException.class)
                .verify();
        StepVerifier.create(login("someone", "wrong", "10.0.0.20"))
                .expectError(LoginThrottled.class)
                .verify();
    }

    @Test
    void aFloodOfNewNamesAndAddressesNeverStopsTheCounting() {
        var big = new ThrottledLogins(
                new UserDetailsRepositoryReactiveAuthenticationManager(
                        new MapReactiveUserDetailsService(User.withUsername("olga")
                                .password(HASH)
                                .roles("OPERATOR")
                                .build())),
                new LoginThrottle(new OperatorLoginsProperties(3, 10, Duration.ofMinutes(5), 65_536), clock));
        for (int i = 0; i < 20_000; i++) {
            big.authenticate(token("flood-" + i, "wrong", "flood-address-" + i))
                    .onErrorComplete()
                    .block();
        }

        for (int i = 0; i < 3; i++) {
            StepVerifier.create(big.authenticate(token("olga", "wrong", "10.0.0.30")))
                    .expectError()
                    .verify();
        }
        StepVerifier.create(big.authenticate(token("olga", "right", "10.0.0.31")))
                .expectError(LoginThrottled.class)
                .verify();
    }

    private reactor.core.publisher.Mono<org.springframework.security.core.Authentication> login(
            String user, String password, String address) {
        return logins.authenticate(token(user, password, address));
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(address);
        return token;
    }
}
