package io.muster.incident.lifecycle;

import io.muster.incident.calltree.CallTree;
import io.muster.incident.calltree.CallTrees;
import io.muster.incident.calltree.Levels;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.web.UnknownReferences;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes incidents over JDBC, inside the declaring transaction. */
@Component
class IncidentStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TopicsProperties topics;

    IncidentStore(JdbcClient jdbc, JsonMapper json, TopicsProperties topics) {
        this.jdbc = jdbc;
        this.json = json;
        this.topics = topics;
    }

    CallTree requireTree(CallTrees trees, UUID id) {
        return trees.byId(id)
                .orElseThrow(() -> new UnknownReferences(
                        "unknown-call-tree", "Unknown call tree", "unknownCallTreeIds", List.of(id)));
    }

    void requireSites(List<UUID> sites) {
        Set<UUID> known = new HashSet<>(jdbc.sql("SELECT id FROM sites WHERE id = ANY(?::uuid[])")
                .param(sites.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
        List<UUID> unknown =
                sites.stream().filter(s -> !known.contains(s)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownReferences("unknown-sites", "Unknown sites", "unknownSiteIds", unknown);
        }
    }

    void insert(Incident incident, DeclareIncident command, EscalatingIncident escalating) {
        requireType(command.incidentType());
        jdbc.sql(
                        """
                        INSERT INTO incidents (id, title, message, severity, priority, exercise, status, declared_by, declared_at,
                                               call_tree_id, affected_site_ids, roll_call, step_timeout_ms, levels, incident_type,
                                               bridge, texts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?::jsonb, ?, ?, ?::jsonb)
                        """)
                .param(incident.id())
                .param(incident.title())
                .param(incident.message())
                .param(incident.severity().name())
                .param(incident.priority().name())
                .param(incident.exercise())
                .param(incident.status())
                .param(incident.declaredBy())
                .param(Timestamp.from(incident.declaredAt()))
                .param(command.callTreeId())
                .param(command.affectedSiteIds().toArray(UUID[]::new))
                .param(command.rollCall())
                .param(escalating.stepTimeout().toMillis())
                .param(Levels.toJson(escalating.levels(), json))
                .param(command.incidentType())
                .param(command.bridge())
                .param(command.texts().isEmpty() ? null : json.writeValueAsString(escalating.texts()))
                .update();
    }

    private void requireType(String code) {
        if (jdbc.sql("SELECT count(*) FROM incident_types WHERE code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new UnknownReferences(
                    "unknown-incident-type", "Unknown incident type", "unknownIncidentTypes", List.of(code));
        }
    }

    OutboxMessage declaredEvent(Incident incident, int targeted) {
        return new OutboxMessage(
                topics.incidents(),
                incident.id().toString(),
                json.writeValueAsString(IncidentDeclared.of(incident, targeted)));
    }
}
