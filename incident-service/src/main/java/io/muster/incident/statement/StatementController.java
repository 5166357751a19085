package io.muster.incident.statement;

import io.muster.incident.storage.Jdbc;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Drafting, revising, approving and publishing an incident's external statements. */
@RestController
@RequestMapping("/api/incidents/{id}/statements")
class StatementController {

    /** Approves exactly this version (it must be the latest). */
    record ApproveStatement(@NotNull @Min(1) Integer version) {}

    private final Jdbc jdbc;
    private final StatementViews views;
    private final StatementDrafting drafting;
    private final StatementPublication publication;

    StatementController(Jdbc jdbc, StatementViews views, StatementDrafting drafting, StatementPublication publication) {
        this.jdbc = jdbc;
        this.views = views;
        this.drafting = drafting;
        this.publication = publication;
    }

    @GetMapping
    Mono<List<StatementView>> list(@PathVariable UUID id) {
        return jdbc.transactional(() -> views.ofIncident(id));
    }

    @GetMapping("/{statementId}")
    Mono<StatementView> one(@PathVariable UUID id, @PathVariable UUID statementId) {
        return jdbc.transactional(() -> views.one(id, statementId));
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<StatementView>> draft(
            @PathVariable UUID id, @Valid @RequestBody DraftStatement body, Principal caller) {
        return drafting.draft(id, body.checked(), caller.getName())
                .map(view -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/incidents/" + id + "/statements/" + view.id()))
                        .body(view));
    }

    @PutMapping("/{statementId}")
    Mono<StatementView> revise(
            @PathVariable UUID id,
            @PathVariable UUID statementId,
            @Valid @RequestBody DraftStatement body,
            Principal caller) {
        return drafting.revise(id, statementId, body.checked(), caller.getName());
    }

    @PostMapping("/{statementId}/approvals")
    Mono<StatementView> approve(
            @PathVariable UUID id,
            @PathVariable UUID statementId,
            @Valid @RequestBody ApproveStatement body,
            Principal caller) {
        return drafting.approve(id, statementId, body.version(), caller.getName());
    }

    @PostMapping("/{statementId}/publish")
    Mono<StatementView> publish(
            @PathVariable UUID id,
            @PathVariable UUID statementId,
            @Valid @RequestBody PublishStatement body,
            Principal caller) {
        return publication.publish(id, statementId, body, caller.getName());
    }
}
