package io.muster.incident.console;

import io.muster.incident.security.CurrentUser;
import io.muster.incident.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Who signed in and with which roles: the console shows only what those roles may use. */
@RestController
class SessionController {

    private final CurrentUsers users;

    SessionController(CurrentUsers users) {
        this.users = users;
    }

    @GetMapping("/api/session")
    Mono<CurrentUser> session() {
        return users.current();
    }
}
