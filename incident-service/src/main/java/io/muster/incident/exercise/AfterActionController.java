package io.muster.incident.exercise;

import io.muster.incident.publicstatus.PublicPageLook;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The after-action report of a closed incident (exercise or real), as JSON or as one HTML file to keep. */
@RestController
class AfterActionController {

    private final AfterActions reports;
    private final AfterActionPage page;

    AfterActionController(AfterActions reports, AfterActionPage page) {
        this.reports = reports;
        this.page = page;
    }

    @GetMapping("/api/incidents/{id}/after-action")
    Mono<AfterActionReport> report(@PathVariable UUID id) {
        return reports.of(id);
    }

    /** A download (attachment), locked down by its own policy: no script, no request, only its inline style. */
    @GetMapping("/api/incidents/{id}/after-action.html")
    Mono<ResponseEntity<String>> file(@PathVariable UUID id) {
        return reports.of(id).map(report -> ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(AfterActionPage.fileName(report))
                                .build()
                                .toString())
                .header("Content-Security-Policy", PublicPageLook.POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .body(page.write(report)));
    }
}
