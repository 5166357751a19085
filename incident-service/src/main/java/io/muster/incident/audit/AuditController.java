package io.muster.incident.audit;

import io.muster.incident.facts.IncidentNotFound;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail of an incident, as JSON or as a CSV export. */
@RestController
@RequestMapping("/api/incidents/{id}/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Flux<AuditEntry> list(@PathVariable UUID id) {
        return known(id).thenMany(trail.forIncident(id));
    }

    @GetMapping(produces = "text/csv")
    Mono<ResponseEntity<String>> export(@PathVariable UUID id) {
        return known(id)
                .then(trail.forIncident(id).collectList().map(AuditCsv::of))
                .map(csv -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + id + ".csv\"")
                        .body(csv));
    }

    private Mono<Void> known(UUID id) {
        return trail.incidentExists(id)
                .flatMap(exists -> exists ? Mono.<Void>empty() : Mono.error(new IncidentNotFound(id)));
    }
}
