package io.muster.incident.audit;

import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail across incidents (and entries that belong to none, such as drills scheduled),
 * newest first, a page at a time: {@code before} is the smallest id of the previous page.
 */
@Component
class AuditSearch {

    record Query(
            @Nullable String actor,
            @Nullable String action,
            @Nullable Instant since,
            @Nullable Instant until,
            @Nullable Long before,
            int limit) {}

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final JsonMapper json;

    AuditSearch(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Mono<List<AuditEntry>> find(Query query) {
        return jdbc.transactional(() -> run(query));
    }

    private List<AuditEntry> run(Query query) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, incident_id, actor, action, subject, details::text AS details FROM audit_log WHERE true");
        List<Object> params = new ArrayList<>();
        where(sql, params, "actor = ?", query.actor());
        where(sql, params, "action = ?", query.action());
        where(sql, params, "occurred_at >= ?", query.since() == null ? null : Timestamp.from(query.since()));
        where(sql, params, "occurred_at < ?", query.until() == null ? null : Timestamp.from(query.until()));
        where(sql, params, "id < ?", query.before());
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(query.limit());
        return jdbc.client()
                .sql(sql.toString())
                .params(params)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    private static void where(StringBuilder sql, List<Object> params, String condition, @Nullable Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            params.add(value);
        }
    }
}
