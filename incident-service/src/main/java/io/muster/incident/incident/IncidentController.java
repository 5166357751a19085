package io.muster.incident.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    IncidentController(IncidentDeclaration declaration, IncidentViews views) {
        this.declaration = declaration;
        this.views = views;
    }

    @PostMapping
    Mono<ResponseEntity<IncidentView>> declare(@Valid @RequestBody DeclareIncident command, Principal commander) {
        return declaration
                .declare(command, commander.getName())
                .flatMap(views::one)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/incidents/" + view.id()))
                        .body(view));
    }

    @GetMapping
    Mono<List<IncidentView>> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return views.newestFirst(limit);
    }

    @GetMapping("/{id}")
    Mono<IncidentView> one(@PathVariable UUID id) {
        return views.one(id);
    }
}
