package io.muster.incident.bridge;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads an incident's bridge: its invited members (the recipients of an incident whose questions carried the
 * bridge), every join and leave, and the latest ring-in request per member.
 */
@Component
class Bridges {

    private final Jdbc jdbc;

    Bridges(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Mono<BridgeView> of(UUID incidentId) {
        return jdbc.transactional(() -> {
            boolean bridge = jdbc.client()
                    .sql("SELECT bridge FROM incidents WHERE id = ?")
                    .param(incidentId)
                    .query(Boolean.class)
                    .optional()
                    .orElseThrow(() -> new IncidentNotFound(incidentId));
            if (!bridge) {
                throw new BridgeProblems.NoBridge(incidentId);
            }
            List<BridgeView.Change> history = history(incidentId);
            List<BridgeView.OnBridge> onBridge = onBridge(incidentId);
            Map<UUID, BridgeView.RingIn> ringIns = latestRingIns(incidentId);
            Map<UUID, Instant> since = new HashMap<>();
            onBridge.forEach(on -> since.merge(on.personId(), on.joinedAt(), (a, b) -> a.isBefore(b) ? a : b));
            List<BridgeView.Member> members = jdbc.client()
                    .sql(
                            """
                            SELECT p.id, p.display_name, p.employee_id FROM recipients r JOIN people p ON p.id = r.person_id
                            WHERE r.incident_id = ? ORDER BY p.display_name, p.id""")
                    .param(incidentId)
                    .query((rs, n) -> {
                        UUID person = rs.getObject("id", UUID.class);
                        return new BridgeView.Member(
                                person,
                                rs.getString("display_name"),
                                rs.getString("employee_id"),
                                since.containsKey(person),
                                since.get(person),
                                ringIns.get(person));
                    })
                    .list();
            return new BridgeView(incidentId, members, onBridge, history);
        });
    }

    private List<BridgeView.Change> history(UUID incidentId) {
        return jdbc.client()
                .sql(
                        """
                        SELECT b.person_id, p.display_name, b.event, b.at FROM bridge_participation b
                        LEFT JOIN people p ON p.id = b.person_id
                        WHERE b.incident_id = ? ORDER BY b.at, b.event DESC, b.call_sid""")
                .param(incidentId)
                .query((rs, n) -> new BridgeView.Change(
                        rs.getObject("person_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("event"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** A join with no leave on the same call. */
    private List<BridgeView.OnBridge> onBridge(UUID incidentId) {
        return jdbc.client()
                .sql(
                        """
                        SELECT j.person_id, p.display_name, j.call_sid, j.at FROM bridge_participation j
                        LEFT JOIN people p ON p.id = j.person_id
                        WHERE j.incident_id = ? AND j.event = 'JOINED' AND NOT EXISTS (
                            SELECT 1 FROM bridge_participation l WHERE l.call_sid = j.call_sid AND l.event = 'LEFT')
                        ORDER BY j.at, j.call_sid""")
                .param(incidentId)
                .query((rs, n) -> new BridgeView.OnBridge(
                        rs.getObject("person_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("call_sid"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private Map<UUID, BridgeView.RingIn> latestRingIns(UUID incidentId) {
        Map<UUID, BridgeView.RingIn> latest = new LinkedHashMap<>();
        jdbc.client()
                .sql(
                        """
                        SELECT DISTINCT ON (person_id) person_id, id, requested_at, requested_by, failed_at, failure
                        FROM bridge_ring_ins WHERE incident_id = ? ORDER BY person_id, requested_at DESC, id""")
                .param(incidentId)
                .query((ResultSet rs) -> {
                    latest.put(rs.getObject("person_id", UUID.class), ringIn(rs));
                });
        return latest;
    }

    private static BridgeView.RingIn ringIn(ResultSet rs) throws SQLException {
        @Nullable Timestamp failed = rs.getTimestamp("failed_at");
        return new BridgeView.RingIn(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"),
                failed == null ? "RINGING" : "FAILED",
                rs.getString("failure"));
    }
}
