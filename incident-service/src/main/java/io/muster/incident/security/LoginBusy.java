package io.muster.incident.security;

import org.springframework.security.core.AuthenticationException;

/** More password logins wait for a hash comparison than the queue holds: 503, try again in a moment. */
class LoginBusy extends AuthenticationException {

    LoginBusy() {
        super("Too many logins are being checked at once");
    }
}
