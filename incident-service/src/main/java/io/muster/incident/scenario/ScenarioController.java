package io.muster.incident.scenario;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/scenarios}: prepared scenarios, their versions, approvals and previews (COMMANDER, ADMIN). */
@RestController
@Validated
@RequestMapping("/api/scenarios")
class ScenarioController {

    /** Which version an approval is for: the latest, as the approver read it. */
    record Approval(@NotNull @Min(1) Integer version) {}

    private final ScenarioEditing editing;
    private final ScenarioPreviews previews;

    ScenarioController(ScenarioEditing editing, ScenarioPreviews previews) {
        this.editing = editing;
        this.previews = previews;
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<ScenarioView>> create(@Valid @RequestBody ScenarioDefinition definition, Principal author) {
        return editing.create(definition, author.getName())
                .map(view -> ResponseEntity.created(URI.create("/api/scenarios/" + view.id()))
                        .body(view));
    }

    /** The scenarios not retired, by keypad number, each with its latest version. */
    @GetMapping
    Mono<List<ScenarioView>> all() {
        return editing.current();
    }

    @GetMapping("/{id}")
    Mono<ScenarioView> one(@PathVariable UUID id, @RequestParam(required = false) @Nullable @Min(1) Integer version) {
        return editing.one(id, version);
    }

    /** A new version; it needs approving before a launch sends it. */
    @PutMapping("/{id}")
    Mono<ScenarioView> edit(
            @PathVariable UUID id, @Valid @RequestBody ScenarioDefinition definition, Principal author) {
        return editing.edit(id, definition, author.getName());
    }

    /** Retires the scenario: off the lists and the hotline menu, never launched again; its history stays. */
    @ApiResponse(responseCode = "204", description = "Retired")
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> retire(@PathVariable UUID id, Principal by) {
        return editing.retire(id, by.getName())
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/{id}/approvals")
    Mono<ScenarioView> approve(@PathVariable UUID id, @Valid @RequestBody Approval approval, Principal approver) {
        return editing.approve(id, approval.version(), approver.getName());
    }

    /** What a launch with this body would send (version default: the latest, approved or not). */
    @PostMapping("/{id}/preview")
    Mono<ScenarioPreviews.Preview> preview(@PathVariable UUID id, @Valid @RequestBody LaunchRequest request) {
        return previews.preview(id, request);
    }
}
