package io.muster.incident.escalation;

import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/incidents/{id}/escalations}: start the next call-tree level now. 202: the level's
 * timer is due now and the engine starts it within one tick.
 */
@RestController
class EscalateNowController {

    private final EscalateNow escalateNow;

    EscalateNowController(EscalateNow escalateNow) {
        this.escalateNow = escalateNow;
    }

    @PostMapping("/api/incidents/{id}/escalations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<EscalateNow.Escalated> escalate(@PathVariable UUID id, Principal commander) {
        return escalateNow.escalate(id, commander.getName());
    }
}
