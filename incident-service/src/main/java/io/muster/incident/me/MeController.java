package io.muster.incident.me;

import io.muster.incident.escalation.EscalationStops;
import io.muster.incident.security.CurrentUser;
import io.muster.incident.security.CurrentUsers;
import io.muster.incident.storage.Jdbc;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own incidents and their answers; a login that is nobody in the directory has none. */
@RestController
@RequestMapping("/api/me/requests")
class MeController {

    private final CurrentUsers users;
    private final Jdbc jdbc;
    private final MyRequests requests;
    private final EscalationStops escalation;

    MeController(CurrentUsers users, Jdbc jdbc, MyRequests requests, EscalationStops escalation) {
        this.users = users;
        this.jdbc = jdbc;
        this.requests = requests;
        this.escalation = escalation;
    }

    @GetMapping
    Mono<List<MyRequest>> mine() {
        return users.current()
                .flatMap(user -> user.personId() == null
                        ? Mono.just(List.<MyRequest>of())
                        : jdbc.transactional(() -> requests.of(user.personId())));
    }

    @PostMapping("/{notificationId}/answer")
    Mono<Map<String, Object>> answer(@PathVariable UUID notificationId, @Valid @RequestBody MyAnswer answer) {
        return users.current()
                .filter(user -> user.personId() != null)
                .switchIfEmpty(Mono.error(() -> new RequestNotFound(notificationId)))
                .flatMap(user -> record(user, notificationId, answer))
                .map(incident -> Map.<String, Object>of(
                        "notificationId",
                        notificationId,
                        "incidentId",
                        incident,
                        "answer",
                        answer.answer().name()));
    }

    /** The answer and the stop of the person's escalation, in one transaction. */
    private Mono<UUID> record(CurrentUser user, UUID notificationId, MyAnswer answer) {
        return jdbc.transactional(() -> {
            UUID incident = requests.answer(user.personId(), notificationId, answer, user.username())
                    .incidentId();
            escalation.answered(notificationId);
            return incident;
        });
    }
}
