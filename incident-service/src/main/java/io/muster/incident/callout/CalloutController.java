package io.muster.incident.callout;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/incidents/{id}/callouts}: start a call-out (201; 200 with the first call-out when
 * its request key was used before). {@code GET}: the incident's call-outs, or one, with who is coming.
 */
@RestController
class CalloutController {

    private final Callouts callouts;
    private final CalloutRows rows;
    private final Jdbc jdbc;

    CalloutController(Callouts callouts, CalloutRows rows, Jdbc jdbc) {
        this.callouts = callouts;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @PostMapping("/api/incidents/{id}/callouts")
    Mono<ResponseEntity<Callout>> start(
            @PathVariable UUID id, @Valid @RequestBody StartCallout start, Principal commander) {
        return callouts.start(id, start, commander.getName())
                .map(started -> ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(started.callout()));
    }

    @GetMapping("/api/incidents/{id}/callouts")
    Mono<List<Callout>> list(@PathVariable UUID id) {
        return jdbc.transactional(() -> {
            requireIncident(id);
            return rows.of(id);
        });
    }

    @GetMapping("/api/incidents/{id}/callouts/{calloutId}")
    Mono<Callout> one(@PathVariable UUID id, @PathVariable UUID calloutId) {
        return jdbc.transactional(
                () -> rows.byId(id, calloutId).orElseThrow(() -> new CalloutProblems.CalloutNotFound(calloutId)));
    }

    private void requireIncident(UUID id) {
        if (jdbc.client()
                .sql("SELECT 1 FROM incidents WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .isEmpty()) {
            throw new IncidentNotFound(id);
        }
    }
}
