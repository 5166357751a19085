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
 * an SMS reply "1 47" names one incident. The {@link FanOutLock} comes first, so two concurrent
 * fan-outs never hand one person the same code.
 */
@Component
class ReplyCodes {

    private static final int FIRST_CODE = 10;

    private final JdbcClient jdbc;
    private final FanOutLock lock;

    ReplyCodes(JdbcClient jdbc, FanOutLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** Must run inside the fan-out's transaction: the lock is released when it ends. */
    Map<UUID, String> assign(List<UUID> people) {
        lock.take();
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
