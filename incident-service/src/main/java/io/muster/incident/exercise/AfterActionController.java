package io.muster.incident.exercise;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The after-action report of a closed incident (exercise or real). */
@RestController
class AfterActionController {

    private final AfterActions reports;

    AfterActionController(AfterActions reports) {
        this.reports = reports;
    }

    @GetMapping("/api/incidents/{id}/after-action")
    Mono<AfterActionReport> report(@PathVariable UUID id) {
        return reports.of(id);
    }
}
