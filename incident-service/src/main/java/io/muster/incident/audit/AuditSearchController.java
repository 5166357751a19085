package io.muster.incident.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins search the whole audit trail: by actor, action and time, newest first, as JSON or CSV. */
@RestController
@RequestMapping("/api/audit")
class AuditSearchController {

    private final AuditSearch search;

    AuditSearchController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<List<AuditEntry>> find(
            @RequestParam(required = false) @Nullable @Size(max = 200) String actor,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z_]{1,60}") String action,
            @RequestParam(required = false) @Nullable Instant since,
            @RequestParam(required = false) @Nullable Instant until,
            @RequestParam(required = false) @Nullable @Min(1) Long before,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return search.find(new AuditSearch.Query(actor, action, since, until, before, limit));
    }

    @GetMapping(produces = "text/csv")
    Mono<ResponseEntity<String>> export(
            @RequestParam(required = false) @Nullable @Size(max = 200) String actor,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z_]{1,60}") String action,
            @RequestParam(required = false) @Nullable Instant since,
            @RequestParam(required = false) @Nullable Instant until,
            @RequestParam(required = false) @Nullable @Min(1) Long before,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int limit) {
        return search.find(new AuditSearch.Query(actor, action, since, until, before, limit))
                .map(AuditCsv::of)
                .map(csv -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                        .body(csv));
    }
}
