package io.muster.incident.directory;

import io.muster.incident.storage.Jdbc;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The roles people can have; call trees and declarations name them. */
@RestController
@RequestMapping("/api/roles")
class RoleController {

    /** A role, named. */
    record Role(
            @NotBlank @Size(max = 100) @Pattern(regexp = RoleNames.PATTERN, message = RoleNames.MESSAGE) String name) {}

    private final Jdbc jdbc;

    RoleController(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    Mono<List<Role>> list() {
        return jdbc.transactional(() -> jdbc.client()
                .sql("SELECT name FROM roles ORDER BY name")
                .query(Role.class)
                .list());
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "The role exists already")
    @PostMapping
    Mono<ResponseEntity<Role>> create(@Valid @RequestBody Role role) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql("INSERT INTO roles (name) VALUES (?) ON CONFLICT DO NOTHING")
                        .param(role.name().trim())
                        .update())
                .map(inserted -> inserted == 0
                        ? ResponseEntity.ok(role)
                        : ResponseEntity.created(URI.create(
                                        "/api/roles/" + URLEncoder.encode(role.name(), StandardCharsets.UTF_8)))
                                .body(role));
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @DeleteMapping("/{name}")
    Mono<ResponseEntity<Void>> delete(@PathVariable String name) {
        return jdbc.transactional(() -> {
                    requireNoCallTreeNames(name);
                    return jdbc.client()
                            .sql("DELETE FROM roles WHERE name = ?")
                            .param(name)
                            .update();
                })
                .onErrorMap(
                        DataIntegrityViolationException.class,
                        e -> DirectoryProblem.conflict("role-in-use", "People still have the role " + name + "."))
                .map(deleted -> {
                    if (deleted != 1) throw DirectoryProblem.notFound("role", name);
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    // Call trees keep their levels in jsonb, out of reach of a foreign key.
    private void requireNoCallTreeNames(String name) {
        boolean named = jdbc.client()
                .sql(
                        """
                        SELECT EXISTS (SELECT 1 FROM call_trees t, jsonb_array_elements(t.levels) l
                                       WHERE l -> 'roles' @> jsonb_build_array(?::text))
                        """)
                .param(name)
                .query(Boolean.class)
                .single();
        if (named) {
            throw DirectoryProblem.conflict("role-in-use", "Call trees still name the role " + name + ".");
        }
    }
}
