package io.muster.incident.login;

import io.muster.incident.security.VerifiedCredentials;
import io.muster.incident.storage.Jdbc;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /api/logins} (ADMIN): list, create, reset a password, set roles, disable and enable. A
 * change that matters for signing in takes effect at once here (remembered credentials forgotten,
 * console sessions ended) and within a minute on other instances.
 */
@RestController
@RequestMapping("/api/logins")
class LoginController {

    private final Jdbc jdbc;
    private final Logins logins;
    private final PasswordEncoder passwords;
    private final VerifiedCredentials verified;

    LoginController(Jdbc jdbc, Logins logins, PasswordEncoder passwords, VerifiedCredentials verified) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.passwords = passwords;
        this.verified = verified;
    }

    @GetMapping
    Mono<List<LoginView>> list() {
        return jdbc.transactional(logins::all);
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<LoginView>> create(@Valid @RequestBody LoginForms.NewLogin login, Principal admin) {
        return jdbc.transactional(() -> {
                    String hash = hash(login.password());
                    logins.create(login.username(), hash, distinct(login.roles()), login.employeeId(), admin.getName());
                    return logins.find(login.username());
                })
                .map(created -> ResponseEntity.created(URI.create("/api/logins/" + created.username()))
                        .body(created));
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @PutMapping("/{username}/password")
    Mono<ResponseEntity<Void>> password(
            @PathVariable String username, @Valid @RequestBody LoginForms.NewPassword body, Principal admin) {
        return changed(username, () -> logins.setPassword(username, hash(body.password()), admin.getName()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PutMapping("/{username}/roles")
    Mono<LoginView> roles(
            @PathVariable String username, @Valid @RequestBody LoginForms.NewRoles body, Principal admin) {
        return changed(username, () -> logins.setRoles(username, distinct(body.roles()), admin.getName()));
    }

    @PostMapping("/{username}/disable")
    Mono<LoginView> disable(@PathVariable String username, Principal admin) {
        return changed(username, () -> logins.setDisabled(username, true, admin.getName()));
    }

    @PostMapping("/{username}/enable")
    Mono<LoginView> enable(@PathVariable String username, Principal admin) {
        return changed(username, () -> logins.setDisabled(username, false, admin.getName()));
    }

    private Mono<LoginView> changed(String username, Runnable change) {
        return jdbc.transactional(() -> {
                    change.run();
                    return logins.find(username);
                })
                .doOnNext(view -> verified.forget(username));
    }

    /** bcrypt, inside the JDBC work (off the event loop); admins' changes are rare. */
    private String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) throw LoginProblems.passwordTooLong();
        return passwords.encode(password);
    }

    private static List<String> distinct(List<String> roles) {
        return roles.stream().distinct().sorted().toList();
    }
}
