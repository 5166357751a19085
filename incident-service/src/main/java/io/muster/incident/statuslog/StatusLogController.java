package io.muster.incident.statuslog;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The incident's internal status log and its situation reports. */
@RestController
@RequestMapping("/api/incidents/{id}")
class StatusLogController {

    private final StatusLog log;
    private final Sitreps sitreps;

    StatusLogController(StatusLog log, Sitreps sitreps) {
        this.log = log;
        this.sitreps = sitreps;
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/status-updates")
    Mono<ResponseEntity<StatusUpdate>> post(
            @PathVariable UUID id, @Valid @RequestBody Forms.PostStatusUpdate body, Principal author) {
        return log.post(id, body.text(), author.getName()).map(update -> ResponseEntity.created(
                        URI.create("/api/incidents/" + id + "/status-updates/" + update.id()))
                .body(update));
    }

    @GetMapping("/status-updates")
    Mono<List<StatusUpdate>> updates(
            @PathVariable UUID id, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return log.newestFirst(id, limit);
    }

    @GetMapping("/status-updates/latest")
    Mono<StatusUpdate> latest(@PathVariable UUID id) {
        return log.latest(id).map(latest -> latest.orElseThrow(() -> new NoStatusUpdate(id)));
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping("/sitreps")
    Mono<ResponseEntity<Sitrep>> postSitrep(
            @PathVariable UUID id, @Valid @RequestBody Forms.PostSitrep body, Principal author) {
        return sitreps.post(id, body, author.getName())
                .map(sitrep -> ResponseEntity.created(URI.create("/api/incidents/" + id + "/sitreps/" + sitrep.id()))
                        .body(sitrep));
    }

    @GetMapping("/sitreps")
    Mono<List<Sitrep>> sitreps(
            @PathVariable UUID id, @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return sitreps.newestFirst(id, limit);
    }
}
