package io.muster.incident.scenario;

import io.muster.incident.web.InvalidFields;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/scenarios/{id}/launches}: declares the incident of an approved scenario (those who may
 * declare may launch). The same launch again (the same {@code Idempotency-Key}, or identical within the
 * repeated-declaration window) answers 200 with the first incident and {@code Idempotent-Replayed: true}.
 */
@RestController
class LaunchController {

    private final ScenarioLaunches launches;

    LaunchController(ScenarioLaunches launches) {
        this.launches = launches;
    }

    @ApiResponse(responseCode = "201", description = "Launched: the incident is declared")
    @ApiResponse(
            responseCode = "200",
            description = "The same launch again: the first incident, Idempotent-Replayed: true")
    @PostMapping("/api/scenarios/{id}/launches")
    Mono<ResponseEntity<ScenarioLaunches.Launched>> launch(
            @PathVariable UUID id,
            @Valid @RequestBody LaunchRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            Principal commander) {
        return launched(launches, id, request, commander.getName(), ScenarioLaunches.Source.API, key);
    }

    static Mono<ResponseEntity<ScenarioLaunches.Launched>> launched(
            ScenarioLaunches launches,
            UUID id,
            LaunchRequest request,
            String by,
            ScenarioLaunches.Source source,
            @Nullable String key) {
        if (key != null && (key.isBlank() || key.length() > 255)) {
            return Mono.error(new InvalidFields(
                    List.of(new InvalidFields.FieldError("Idempotency-Key", "must be 1 to 255 characters"))));
        }
        return launches.launch(id, request, by, source, key).map(launched -> {
            var response = ResponseEntity.status(launched.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                    .location(URI.create("/api/incidents/" + launched.incidentId()));
            if (launched.repeated()) {
                response.header("Idempotent-Replayed", "true");
            }
            return response.body(launched);
        });
    }
}
