package io.muster.incident.progress;

import io.muster.incident.facts.IncidentFactsStore;
import io.muster.incident.storage.Jdbc;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The curve of an open or closed incident, for the live view's chart (read again on its live updates). */
@RestController
class ProgressController {

    private final IncidentFactsStore incidents;
    private final Curves curves;
    private final Jdbc jdbc;

    ProgressController(IncidentFactsStore incidents, Curves curves, Jdbc jdbc) {
        this.incidents = incidents;
        this.curves = curves;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/incidents/{id}/progress")
    Mono<Curve> progress(@PathVariable UUID id) {
        return jdbc.transactional(() -> curves.of(incidents.require(id)));
    }
}
