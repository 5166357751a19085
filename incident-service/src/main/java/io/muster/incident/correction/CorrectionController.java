package io.muster.incident.correction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/incidents/{id}/corrections}: correct or cancel the sent alert (201; 200 with the
 * first correction when its request key was used before). {@code GET}: the incident's corrections
 * and the time from its declaration to the last correction sent.
 */
@RestController
class CorrectionController {

    /** The incident's corrections, oldest first; {@code declaredToLastSent} is an ISO-8601 duration. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CorrectionsView(
            List<Correction> corrections, @Nullable Instant lastSentAt, @Nullable String declaredToLastSent) {}

    private final Corrections corrections;
    private final CorrectionRows rows;
    private final Jdbc jdbc;

    CorrectionController(Corrections corrections, CorrectionRows rows, Jdbc jdbc) {
        this.corrections = corrections;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @PostMapping("/api/incidents/{id}/corrections")
    Mono<ResponseEntity<Correction>> correct(
            @PathVariable UUID id, @Valid @RequestBody CorrectAlert request, Principal commander) {
        return corrections.issue(id, request, commander.getName()).map(issued -> ResponseEntity.status(
                        issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(issued.correction()));
    }

    @GetMapping("/api/incidents/{id}/corrections")
    Mono<CorrectionsView> list(@PathVariable UUID id) {
        return jdbc.transactional(() -> {
            CorrectionRows.Timing timing = rows.timing(id).orElseThrow(() -> new IncidentNotFound(id));
            var took = timing.declaredToLastSent();
            return new CorrectionsView(rows.of(id), timing.lastSentAt(), took == null ? null : took.toString());
        });
    }
}
