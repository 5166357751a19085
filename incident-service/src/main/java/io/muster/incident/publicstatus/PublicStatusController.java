package io.muster.incident.publicstatus;

import io.muster.incident.statement.PublishedStatement;
import io.muster.incident.statement.PublishedStatements;
import io.muster.incident.storage.Jdbc;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public status page, status.json, the Atom feed and each public statement's CAP document; no login. */
@RestController
class PublicStatusController {

    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NO_SCRIPTS =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'";

    private final Jdbc jdbc;
    private final PublishedStatements statements;
    private final PublicStatusProperties properties;
    private final PublicStatusPage page;
    private final AtomFeed feed;
    private final CapDocument cap;

    PublicStatusController(
            Jdbc jdbc,
            PublishedStatements statements,
            PublicStatusProperties properties,
            PublicStatusPage page,
            AtomFeed feed,
            CapDocument cap) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.properties = properties;
        this.page = page;
        this.feed = feed;
        this.cap = cap;
    }

    @GetMapping("/status")
    Mono<ResponseEntity<String>> page() {
        return newestFirst().map(list -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .header("Content-Security-Policy", NO_SCRIPTS)
                .body(page.write(list)));
    }

    @GetMapping(value = "/status.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PublicStatusJson> json() {
        return newestFirst().map(list -> PublicStatusJson.of(properties, list));
    }

    @GetMapping("/status/feed.atom")
    Mono<ResponseEntity<String>> atom() {
        return newestFirst().map(list -> ResponseEntity.ok().contentType(ATOM).body(feed.write(list)));
    }

    @GetMapping("/status/cap/{statementId}.xml")
    Mono<ResponseEntity<String>> cap(@PathVariable UUID statementId) {
        return jdbc.transactional(() -> statements
                        .published(statementId)
                        .filter(PublishedStatement::isPublic)
                        .orElseThrow(() -> new NoPublicStatement(statementId)))
                .map(statement -> ResponseEntity.ok().contentType(CAP).body(cap.write(statement)));
    }

    private Mono<List<PublishedStatement>> newestFirst() {
        return jdbc.transactional(() -> statements.publicNewestFirst(properties.pageSize()));
    }
}
