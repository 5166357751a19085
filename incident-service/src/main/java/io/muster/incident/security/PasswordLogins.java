package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a username and password against the local logins (the break-glass accounts, which need no
 * identity provider). Credentials verified in the last minute are taken without a new hash while the
 * login's row is unchanged ({@link VerifiedCredentials}); otherwise the attempt is counted first ({@link LoginThrottle}),
 * then the hash compared on its own pool ({@link PasswordHashing}). An unknown or disabled login
 * costs the same comparison as a known one and gives the same 401, so neither can be told apart.
 */
@Component
class PasswordLogins {

    private final Jdbc jdbc;
    private final AppUsers users;
    private final LoginThrottle throttle;
    private final PasswordHashing hashing;
    private final VerifiedCredentials verified;
    private final String unknownUserHash;

    PasswordLogins(
            Jdbc jdbc,
            AppUsers users,
            LoginThrottle throttle,
            PasswordHashing hashing,
            VerifiedCredentials verified,
            PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.users = users;
        this.throttle = throttle;
        this.hashing = hashing;
        this.verified = verified;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    private record Attempt(LoginThrottle.Reservation reservation, Optional<AppUsers.AppUser> user) {}

    /** The login's details carry the client address (see {@link BasicLogins}). */
    Mono<Authentication> authenticate(Authentication login) {
        String username = login.getName();
        String address = String.valueOf(login.getDetails());
        String presented = String.valueOf(login.getCredentials());
        return verified.get(
                username, presented, () -> check(username, presented, address), () -> currentStamp(username));
    }

    /** One read of the login's row, outside a transaction: a single statement needs none, and it runs per request. */
    private Mono<Optional<String>> currentStamp(String username) {
        return Mono.fromCallable(() -> users.find(username).map(AppUsers.AppUser::stamp))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<VerifiedCredentials.Verified> check(String username, String presented, String address) {
        return jdbc.transactional(() -> new Attempt(throttle.reserve(username, address), users.find(username)))
                .flatMap(attempt -> {
                    if (attempt.reservation().blockedFor().isPresent()) {
                        return Mono.error(new LoginThrottled(
                                attempt.reservation().blockedFor().get()));
                    }
                    String hash =
                            attempt.user().map(AppUsers.AppUser::passwordHash).orElse(unknownUserHash);
                    return hashing.matches(presented, hash).flatMap(matches -> outcome(matches, attempt, address));
                });
    }

    private Mono<VerifiedCredentials.Verified> outcome(boolean matches, Attempt attempt, String address) {
        var user = attempt.user().filter(found -> matches && !found.disabled());
        if (user.isEmpty()) {
            return Mono.error(new BadCredentialsException("Bad credentials"));
        }
        var found = user.get();
        return jdbc.transactional(() -> {
            throttle.succeeded(found.username(), address, attempt.reservation());
            MusterUser principal = found.toUser();
            return new VerifiedCredentials.Verified(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                    found.stamp());
        });
    }
}
