package io.muster.incident.lifecycle;

import io.muster.incident.web.InvalidFields;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Declaring and viewing incidents. */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private final IncidentDeclaration declaration;
    private final IncidentViews views;

    private final IncidentClosing closing;
    private final IncidentChanges changes;
    private final IncidentChangeHistory history;

    IncidentController(
            IncidentDeclaration declaration,
            IncidentViews views,
            IncidentClosing closing,
            IncidentChanges changes,
            IncidentChangeHistory history) {
        this.history = history;
        this.declaration = declaration;
        this.views = views;
        this.closing = closing;
        this.changes = changes;
    }

    /**
     * The 201 body carries counts only: recipients come page by page from GET, however many. A
     * repeated declaration (the same {@code Idempotency-Key}, or an identical one moments after the
     * first) answers 200 with the first incident and {@code Idempotent-Replayed: true}.
     */
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "200",
            description =
                    "The same declaration again (Idempotency-Key, or identical within 60 s): the first incident, Idempotent-Replayed: true")
    @PostMapping
    Mono<ResponseEntity<IncidentView>> declare(
            @Valid @RequestBody DeclareIncident command,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            Principal commander) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            return Mono.error(new InvalidFields(
                    List.of(new InvalidFields.FieldError("Idempotency-Key", "must be 1 to 255 characters"))));
        }
        return declaration
                .declare(command, commander.getName(), idempotencyKey)
                .flatMap(outcome -> outcome.repeated()
                        ? views.summary(outcome.incidentId()).map(view -> located(HttpStatus.OK, view)
                                .header("Idempotent-Replayed", "true")
                                .body(view))
                        : views.declared(outcome.incidentId(), outcome.targeted())
                                .map(view -> located(HttpStatus.CREATED, view).body(view)));
    }

    private static ResponseEntity.BodyBuilder located(HttpStatus status, IncidentView view) {
        return ResponseEntity.status(status)
                .location(URI.create("/api/incidents/" + view.incident().id()));
    }

    /** Phase, severity, type or sitrep cadence, with a comment; answers the incident as it is after. */
    @PatchMapping("/{id}")
    Mono<IncidentView> change(@PathVariable UUID id, @Valid @RequestBody ChangeIncident command, Principal commander) {
        return changes.change(id, command, commander.getName()).then(views.summary(id));
    }

    @GetMapping("/{id}/changes")
    Mono<List<IncidentChangeHistory.Change>> changes(@PathVariable UUID id) {
        return history.of(id);
    }

    /** The commander's closing words, sent with the all-clear; the body may be left out. */
    record CloseIncident(@Nullable @Size(max = 1000) String note) {}

    @PostMapping("/{id}/close")
    Mono<Map<String, Object>> close(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable CloseIncident command,
            Principal commander) {
        String note =
                command == null || command.note() == null ? "" : command.note().strip();
        return closing.close(id, note, commander.getName())
                .map(count -> Map.of("id", id, "status", "CLOSED", "allClearTo", count));
    }

    @GetMapping
    Mono<List<IncidentView>> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return views.newestFirst(limit);
    }

    @GetMapping("/{id}")
    Mono<IncidentView> one(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return views.one(id, page, size);
    }
}
