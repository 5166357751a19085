package io.muster.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads an incident's recorded changes (phase, severity, type, sitrep cadence), oldest first. */
@Component
class IncidentChangeHistory {

    /** One recorded change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(
            Instant changedAt,
            String changedBy,
            String field,
            @Nullable String from,
            @Nullable String to,
            @Nullable String comment) {}

    private final Jdbc jdbc;

    IncidentChangeHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Mono<List<Change>> of(UUID incidentId) {
        return jdbc.transactional(() -> {
            if (jdbc.client()
                            .sql("SELECT count(*) FROM incidents WHERE id = ?")
                            .param(incidentId)
                            .query(Long.class)
                            .single()
                    == 0) {
                throw new IncidentNotFound(incidentId);
            }
            return jdbc.client()
                    .sql(
                            """
                            SELECT changed_at, changed_by, field, old_value AS "from", new_value AS "to", comment
                            FROM incident_changes WHERE incident_id = ? ORDER BY id
                            """)
                    .param(incidentId)
                    .query(Change.class)
                    .list();
        });
    }
}
