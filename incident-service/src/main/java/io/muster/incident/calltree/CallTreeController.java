package io.muster.incident.calltree;

import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.UnknownReferences;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Call trees: create, read, replace, delete (the dry-run is the escalation engine's: {@code DryRunController}). */
@RestController
@RequestMapping("/api/call-trees")
class CallTreeController {

    private final CallTrees trees;
    private final Jdbc jdbc;

    CallTreeController(CallTrees trees, Jdbc jdbc) {
        this.trees = trees;
        this.jdbc = jdbc;
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<CallTree>> create(@Valid @RequestBody CallTreeForm form) {
        CallTree tree = new CallTree(UUID.randomUUID(), form.name(), form.stepTimeout(), form.levels());
        return jdbc.transactional(() -> save(tree))
                .map(saved -> ResponseEntity.created(URI.create("/api/call-trees/" + saved.id()))
                        .body(saved));
    }

    @GetMapping
    Mono<List<CallTree>> list() {
        return jdbc.transactional(trees::all);
    }

    @GetMapping("/{id}")
    Mono<CallTree> one(@PathVariable UUID id) {
        return jdbc.transactional(() -> trees.byId(id).orElseThrow(() -> new CallTreeNotFound(id)));
    }

    @PutMapping("/{id}")
    Mono<CallTree> replace(@PathVariable UUID id, @Valid @RequestBody CallTreeForm form) {
        return jdbc.transactional(() -> {
            trees.byId(id).orElseThrow(() -> new CallTreeNotFound(id));
            return save(new CallTree(id, form.name(), form.stepTimeout(), form.levels()));
        });
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(@PathVariable UUID id) {
        // an unknown tree is the same 404 problem as for reading it, not an empty 404
        return jdbc.transactional(() -> trees.delete(id))
                .flatMap(deleted -> deleted
                        ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(new CallTreeNotFound(id)));
    }

    private CallTree save(CallTree tree) {
        Set<String> known = new HashSet<>(jdbc.client()
                .sql("SELECT name FROM roles WHERE name = ANY(?::text[])")
                .param(tree.levels().stream().flatMap(l -> l.roles().stream()).toArray(String[]::new))
                .query(String.class)
                .list());
        List<String> unknown = tree.levels().stream()
                .flatMap(l -> l.roles().stream())
                .filter(r -> !known.contains(r))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnknownReferences("unknown-roles", "Unknown roles", "unknownRoles", unknown);
        }
        trees.save(tree);
        return tree;
    }
}
