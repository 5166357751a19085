package io.muster.incident.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for a username or a client address: 429 until {@link #retryAfter()}. */
class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, never below one (the unit of {@code Retry-After}). */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
