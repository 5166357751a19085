package io.muster.incident.directory;

import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.DataErrors;
import io.muster.incident.web.InvalidFields;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
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

/** The directory API for people: every write is checked and saved in one transaction, or not at all. */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final People people;
    private final PersonEntries entries;
    private final DirectoryChecks checks;
    private final Jdbc jdbc;

    PeopleController(People people, PersonEntries entries, DirectoryChecks checks, Jdbc jdbc) {
        this.people = people;
        this.entries = entries;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    /** The directory page by page, ordered by employee id: it may hold a hundred thousand people. */
    @GetMapping
    Mono<List<PersonView>> list(
            @RequestParam(defaultValue = "") @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return jdbc.transactional(() -> people.page(q, page, size));
    }

    @GetMapping("/{id}")
    Mono<PersonView> one(@PathVariable UUID id) {
        return jdbc.transactional(() -> find(id));
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<PersonView>> create(@Valid @RequestBody PersonForm form) {
        PersonEntry entry = PersonEntry.of(UUID.randomUUID(), form);
        return write(() -> save(entry)).map(saved -> ResponseEntity.created(URI.create("/api/people/" + saved.id()))
                .body(saved));
    }

    @PutMapping("/{id}")
    Mono<PersonView> replace(@PathVariable UUID id, @Valid @RequestBody PersonForm form) {
        PersonEntry entry = PersonEntry.of(id, form);
        return write(() -> {
            find(id);
            return save(entry);
        });
    }

    @PutMapping("/{id}/roles")
    Mono<PersonView> roles(@PathVariable UUID id, @RequestBody List<String> roles) {
        requireNames(roles);
        return write(() -> {
            find(id);
            checks.requireRoles(roles);
            entries.replaceRoles(List.of(id), roles.stream().map(r -> id).toList(), roles);
            return find(id);
        });
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(@PathVariable UUID id) {
        return write(() -> jdbc.client()
                        .sql("DELETE FROM people WHERE id = ?")
                        .param(id)
                        .update())
                .map(deleted -> {
                    if (deleted != 1) throw DirectoryProblem.notFound("person", id);
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    private static void requireNames(List<String> roles) {
        List<InvalidFields.FieldError> errors = new ArrayList<>();
        if (roles.size() > RoleNames.MAX_PER_PERSON) {
            errors.add(new InvalidFields.FieldError("roles", "at most " + RoleNames.MAX_PER_PERSON + " roles"));
        }
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (role == null || role.isBlank() || role.length() > 100) {
                errors.add(new InvalidFields.FieldError("[" + i + "]", "must be the name of a role"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    private PersonView save(PersonEntry entry) {
        checks.requireReferences(entry);
        entries.save(List.of(entry));
        return find(entry.id());
    }

    private PersonView find(UUID id) {
        return people.byId(id).orElseThrow(() -> DirectoryProblem.notFound("person", id));
    }

    // Constraint violations roll the transaction back and become problems, never a 500.
    private <T> Mono<T> write(Supplier<T> work) {
        return jdbc.transactional(work)
                .onErrorMap(
                        DuplicateKeyException.class,
                        e -> DirectoryProblem.conflict("duplicate-employee-id", "Another person has this employee id."))
                .onErrorMap(
                        e -> e instanceof DataIntegrityViolationException
                                && !(e instanceof DuplicateKeyException)
                                && DataErrors.isConstraintViolation(e),
                        e -> DirectoryProblem.conflict(
                                "person-in-use", "This person is referenced by incidents or users."));
    }
}
