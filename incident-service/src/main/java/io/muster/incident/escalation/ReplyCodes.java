package io.muster.incident.escalation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives each person the smallest code from 10 up that none of their other open incidents uses, so
 * an SMS reply "1 47" names one incident. A transaction-scoped lock comes first, so two concurrent
 * fan-outs never hand one person the same code.
 */
@Component
class ReplyCodes {

    private static final int FIRST_CODE = 10;
    private static final long FAN_OUT_LOCK = 0x6d75737465720001L;

    private final JdbcClient jdbc;

    ReplyCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the fan-out's transaction: the lock is released when it ends. */
    Map<UUID, String> assign(List<UUID> people) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(FAN_OUT_LOCK).query().singleRow();
        Map<UUID, Set<String>> inUse = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT r.person_id, r.reply_code FROM recipients r JOIN incidents i ON i.id = r.incident_id
                        WHERE i.status = 'OPEN' AND r.person_id = ANY(?::uuid[])
                        """)
                .param(people.toArray(UUID[]::new))
                .query(rs -> {
                    inUse.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                            .add(rs.getString(2));
                });
        Map<UUID, String> codes = new HashMap<>();
        for (UUID person : people) {
            Set<String> used = inUse.getOrDefault(person, Set.of());
            int code = FIRST_CODE;
            while (used.contains(Integer.toString(code))) {
                code++;
            }
            codes.put(person, Integer.toString(code));
        }
        return codes;
    }
}
