package io.muster.gateway.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without checking its password: its user name or address made too many failed attempts. */
class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
