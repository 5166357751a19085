package io.muster.incident.directory;

import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.DataErrors;
import io.muster.incident.web.InvalidFields;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The directory API for sites. */
@RestController
@RequestMapping("/api/sites")
class SiteController {

    private final Sites sites;
    private final DirectoryChecks checks;
    private final Jdbc jdbc;

    SiteController(Sites sites, DirectoryChecks checks, Jdbc jdbc) {
        this.sites = sites;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    @GetMapping
    Mono<List<Site>> list() {
        return jdbc.transactional(sites::all);
    }

    @GetMapping("/{id}")
    Mono<Site> one(@PathVariable UUID id) {
        return jdbc.transactional(() -> find(id));
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<Site>> create(@Valid @RequestBody Site form) {
        Site site = form.withId(UUID.randomUUID());
        return write(() -> save(site)).map(saved -> ResponseEntity.created(URI.create("/api/sites/" + saved.id()))
                .body(saved));
    }

    @PutMapping("/{id}")
    Mono<Site> replace(@PathVariable UUID id, @Valid @RequestBody Site form) {
        return write(() -> {
            find(id);
            return save(form.withId(id));
        });
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(@PathVariable UUID id) {
        return write(() -> sites.delete(id)).map(deleted -> {
            if (!deleted) throw DirectoryProblem.notFound("site", id);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private Site save(Site site) {
        if (site.id() != null && site.id().equals(site.alternateSiteId())) {
            throw new InvalidFields(List.of(
                    new InvalidFields.FieldError("alternateSiteId", "a site cannot be its own alternate site")));
        }
        checks.requireSite(site.alternateSiteId());
        sites.save(site);
        return site;
    }

    private Site find(UUID id) {
        return sites.byId(id).orElseThrow(() -> DirectoryProblem.notFound("site", id));
    }

    private <T> Mono<T> write(Supplier<T> work) {
        return jdbc.transactional(work)
                .onErrorMap(
                        DuplicateKeyException.class,
                        e -> DirectoryProblem.conflict("duplicate-site-name", "Another site has this name."))
                .onErrorMap(
                        e -> e instanceof DataIntegrityViolationException
                                && !(e instanceof DuplicateKeyException)
                                && DataErrors.isConstraintViolation(e),
                        e -> DirectoryProblem.conflict("site-in-use", "People or sites still refer to this site."));
    }
}
