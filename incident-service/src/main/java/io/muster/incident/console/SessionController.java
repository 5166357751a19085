package io.muster.incident.console;

import io.muster.incident.security.ConsoleSessions;
import io.muster.incident.security.CurrentUser;
import io.muster.incident.security.CurrentUsers;
import io.muster.incident.web.ProblemException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Who signed in and with which roles (the console shows only what those roles may use), and the
 * console's session: signing in trades the password (HTTP Basic, once) for a session token, so the
 * browser never keeps the password; signing out ends the session.
 */
@RestController
class SessionController {

    /** A new session: the token to send as {@code Authorization: Session <token>}, and who it is for. */
    record NewSession(String token, Instant expiresAt, CurrentUser user) {}

    static final class PasswordRequired extends ProblemException {
        PasswordRequired() {
            super(
                    HttpStatus.BAD_REQUEST,
                    "password-required",
                    "Password required",
                    "A session starts with the login's user name and password (HTTP Basic).");
        }
    }

    private final CurrentUsers users;
    private final ConsoleSessions sessions;

    SessionController(CurrentUsers users, ConsoleSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/api/session")
    Mono<CurrentUser> session() {
        return users.current();
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/api/session")
    Mono<ResponseEntity<NewSession>> start(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
            return Mono.error(new PasswordRequired());
        }
        return users.current()
                .flatMap(user -> sessions.start(user.username())
                        .map(session -> new NewSession(session.token(), session.expiresAt(), user)))
                .map(session -> ResponseEntity.status(HttpStatus.CREATED).body(session));
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @DeleteMapping("/api/session")
    Mono<ResponseEntity<Void>> end(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return ConsoleSessions.tokenOf(authorization)
                .map(sessions::end)
                .orElse(Mono.empty())
                .thenReturn(ResponseEntity.noContent().build());
    }
}
