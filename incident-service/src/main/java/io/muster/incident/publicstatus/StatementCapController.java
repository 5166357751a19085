package io.muster.incident.publicstatus;

import io.muster.incident.statement.PublishedStatements;
import io.muster.incident.storage.Jdbc;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The CAP document of any published statement of an incident, public or not, for the response team. */
@RestController
class StatementCapController {

    private final Jdbc jdbc;
    private final PublishedStatements statements;
    private final CapDocument cap;

    StatementCapController(Jdbc jdbc, PublishedStatements statements, CapDocument cap) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.cap = cap;
    }

    @GetMapping("/api/incidents/{id}/statements/{statementId}/cap.xml")
    Mono<ResponseEntity<String>> cap(@PathVariable UUID id, @PathVariable UUID statementId) {
        return jdbc.transactional(() -> statements
                        .published(statementId)
                        .filter(statement -> statement.incidentId().equals(id))
                        .orElseThrow(() -> new NoPublicStatement(statementId)))
                .map(statement -> ResponseEntity.ok()
                        .contentType(PublicStatusController.CAP)
                        .body(cap.write(statement)));
    }
}
