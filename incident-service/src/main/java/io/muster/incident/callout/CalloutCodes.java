package io.muster.incident.callout;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives each person asked a reply code of their own for the call-out's question ("1 90"): the
 * smallest from 90 up that none of their open incidents or open call-outs uses. Incidents take codes
 * from 10 up, so the two meet only for someone with some eighty incidents open at once.
 */
@Component
class CalloutCodes {

    static final int FIRST = 90;

    private final JdbcClient jdbc;

    CalloutCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, String> assign(Collection<UUID> people) {
        Map<UUID, Set<String>> inUse = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT r.person_id, r.reply_code FROM recipients r JOIN incidents i ON i.id = r.incident_id
                        WHERE r.person_id = ANY(?::uuid[]) AND i.closed_at IS NULL
                        UNION
                        SELECT p.person_id, p.reply_code FROM callout_people p JOIN callouts c ON c.id = p.callout_id
                        JOIN incidents i ON i.id = c.incident_id
                        WHERE p.person_id = ANY(?::uuid[]) AND i.closed_at IS NULL
                        """)
                .param(people.toArray(UUID[]::new))
                .param(people.toArray(UUID[]::new))
                .query(rs -> {
                    inUse.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>())
                            .add(rs.getString(2));
                });
        Map<UUID, String> codes = new HashMap<>();
        for (UUID person : people) {
            Set<String> taken = inUse.getOrDefault(person, Set.of());
            int code = FIRST;
            while (taken.contains(Integer.toString(code))) {
                code++;
            }
            codes.put(person, Integer.toString(code));
        }
        return codes;
    }
}
