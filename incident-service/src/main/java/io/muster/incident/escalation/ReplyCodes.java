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
    private static final int LOOKUP_AT_MOST = 1000;

    private final JdbcClient jdbc;
    private final FanOutLock lock;

    ReplyCodes(JdbcClient jdbc, FanOutLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /**
     * The codes of the given people. Must run inside the fan-out's transaction: the lock is
     * released when it ends. Most people of a large fan-out have no other open incident; they all
     * get the first code without an entry of their own.
     */
    Assigned assign(List<UUID> people) {
        lock.take();
        Map<UUID, Set<String>> inUse = new HashMap<>();
        codesInUse(people).query(rs -> {
            inUse.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(rs.getString(2));
        });
        Map<UUID, String> codes = new HashMap<>();
        inUse.forEach((person, used) -> {
            int code = FIRST_CODE;
            while (used.contains(Integer.toString(code))) {
                code++;
            }
            codes.put(person, Integer.toString(code));
        });
        return new Assigned(codes);
    }

    /**
     * The codes that open incidents use, for these people. For a large fan-out, all of them:
     * reading every open recipient by incident is cheaper than sending 100,000 ids to look up,
     * and most people have no other open incident; the extra entries are never asked for.
     */
    private JdbcClient.StatementSpec codesInUse(List<UUID> people) {
        if (people.size() > LOOKUP_AT_MOST) {
            return jdbc.sql(
                    """
                    SELECT r.person_id, r.reply_code FROM incidents i JOIN recipients r ON r.incident_id = i.id
                    WHERE i.status = 'OPEN'
                    """);
        }
        return jdbc.sql(
                        """
                        SELECT r.person_id, r.reply_code FROM recipients r JOIN incidents i ON i.id = r.incident_id
                        WHERE i.status = 'OPEN' AND r.person_id = ANY(?::uuid[])
                        """)
                .param(people.toArray(UUID[]::new));
    }

    /** The code of each person: their own if another open incident uses the first code. */
    record Assigned(Map<UUID, String> exceptions) {

        String of(UUID person) {
            return exceptions.getOrDefault(person, FIRST);
        }
    }

    private static final String FIRST = Integer.toString(FIRST_CODE);
}
