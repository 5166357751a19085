package io.muster.incident.accountability;

import io.muster.incident.facts.IncidentFactsStore;
import io.muster.incident.storage.Jdbc;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** HR's view of an incident: counts, people per state with where they report, CSV, history, updates. */
@RestController
@RequestMapping("/api/incidents/{id}/accountability")
class AccountabilityController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Jdbc jdbc;
    private final IncidentFactsStore incidents;
    private final AccountabilityReads reads;
    private final OnBehalfUpdates updates;

    AccountabilityController(
            Jdbc jdbc, IncidentFactsStore incidents, AccountabilityReads reads, OnBehalfUpdates updates) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.reads = reads;
        this.updates = updates;
    }

    @GetMapping
    Mono<Summary> summary(@PathVariable UUID id) {
        return jdbc.transactional(() -> {
            incidents.require(id);
            return reads.summary(id);
        });
    }

    @GetMapping(path = "/people", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PeoplePage> people(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable State state,
            @RequestParam(required = false) @Nullable UUID siteId,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var filter = new PeopleFilter(state, siteId, q);
        return jdbc.transactional(() -> {
            incidents.require(id);
            return reads.page(id, filter, page, size);
        });
    }

    @GetMapping(path = "/people", produces = "text/csv")
    Mono<ResponseEntity<String>> peopleAsCsv(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable State state,
            @RequestParam(required = false) @Nullable UUID siteId,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q) {
        return export(id, new PeopleFilter(state, siteId, q));
    }

    @GetMapping(path = "/people.csv")
    Mono<ResponseEntity<String>> peopleCsv(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable State state,
            @RequestParam(required = false) @Nullable UUID siteId,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q) {
        return export(id, new PeopleFilter(state, siteId, q));
    }

    @GetMapping("/{personId}/history")
    Mono<Map<String, Object>> history(@PathVariable UUID id, @PathVariable UUID personId) {
        return jdbc.transactional(() -> {
            incidents.require(id);
            List<HistoryEntry> answers = reads.history(id, personId);
            PersonRow now = reads.one(id, personId);
            return Map.of("personId", personId, "state", now.state(), "answers", answers);
        });
    }

    @PostMapping("/{personId}")
    Mono<PersonRow> setOnBehalf(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @Valid @RequestBody SetOnBehalf update,
            Principal operator) {
        return updates.set(id, personId, update, operator.getName())
                .then(jdbc.transactional(() -> reads.one(id, personId)));
    }

    private Mono<ResponseEntity<String>> export(UUID id, PeopleFilter filter) {
        return jdbc.transactional(() -> {
                    incidents.require(id);
                    return PeopleCsv.of(reads.all(id, filter));
                })
                .map(csv -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"accountability-" + id + ".csv\"")
                        .body(csv));
    }
}
