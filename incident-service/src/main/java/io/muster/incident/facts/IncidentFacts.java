package io.muster.incident.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What accountability and tasks need to know of an incident; open until it has a closing time. */
public record IncidentFacts(
        UUID id,
        String title,
        String message,
        boolean lifeSafety,
        boolean exercise,
        Instant declaredAt,
        List<UUID> affectedSiteIds,
        @Nullable Instant closedAt) {

    /** The columns {@link #of} reads, for a select of {@code incidents} that needs more of its own. */
    public static final String COLUMNS =
            "id, title, message, priority, exercise, declared_at, affected_site_ids, closed_at";

    /** The one mapping of an incident's facts from a row that holds {@link #COLUMNS}. */
    public static IncidentFacts of(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new IncidentFacts(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("message"),
                "LIFE_SAFETY".equals(rs.getString("priority")),
                rs.getBoolean("exercise"),
                rs.getTimestamp("declared_at").toInstant(),
                Arrays.asList((UUID[]) rs.getArray("affected_site_ids").getArray()),
                closed == null ? null : closed.toInstant());
    }

    public boolean closed() {
        return closedAt != null;
    }
}
