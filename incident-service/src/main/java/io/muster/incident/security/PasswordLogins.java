package io.muster.incident.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a username and password against the local accounts (the break-glass logins, which need no
 * identity provider). Throttled by {@link LoginAttempts}; an unknown username costs the same hash
 * comparison as a known one, so response times do not tell which usernames exist.
 */
@Component
class PasswordLogins {

    private final AppUsers users;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final String unknownUserHash;

    PasswordLogins(AppUsers users, PasswordEncoder passwords, LoginAttempts attempts) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** The login's details carry the client address (see {@link BasicLogins}). */
    Mono<Authentication> authenticate(Authentication login) {
        String username = login.getName();
        String address = String.valueOf(login.getDetails());
        String presented = String.valueOf(login.getCredentials());
        Optional<java.time.Duration> wait = attempts.blockedFor(username, address);
        if (wait.isPresent()) {
            return Mono.error(new LoginThrottled(wait.get()));
        }
        return users.findByUsername(username)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .publishOn(Schedulers.boundedElastic())
                .map(user -> verify(user, presented, username, address));
    }

    private Authentication verify(Optional<UserDetails> user, String presented, String username, String address) {
        boolean matches =
                passwords.matches(presented, user.map(UserDetails::getPassword).orElse(unknownUserHash));
        if (!matches || user.isEmpty()) {
            attempts.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.succeeded(username);
        UserDetails found = user.get();
        return UsernamePasswordAuthenticationToken.authenticated(found, null, found.getAuthorities());
    }
}
