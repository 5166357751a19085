package io.muster.incident.incident;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives each person the smallest code from 10 up that none of their other open incidents uses, so
 * an SMS reply "1 47" names one incident. Declarations take a transaction-scoped lock first, so two
 * concurrent declarations never hand one person the same code.
 */
@Component
class ReplyCodes {

    private static final int FIRST_CODE = 10;
    private static final long DECLARATION_LOCK = 0x6d75737465720001L;

    private static final String CODES_IN_USE =
            """
            SELECT r.person_id, r.reply_code FROM recipients r JOIN incidents i ON i.id = r.incident_id
            WHERE i.status = 'OPEN' AND r.person_id = ANY($1::uuid[])
            """;

    private final DatabaseClient db;

    ReplyCodes(DatabaseClient db) {
        this.db = db;
    }

    /** Must run inside the declaring transaction: the lock is released when it ends. */
    Mono<Map<UUID, String>> assign(List<UUID> people) {
        return db.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock($1)) AS locked")
                .bind(0, DECLARATION_LOCK)
                .fetch()
                .rowsUpdated()
                .then(codesInUse(people))
                .map(inUse -> freeCodes(people, inUse));
    }

    private Mono<Map<UUID, Set<String>>> codesInUse(List<UUID> people) {
        return db.sql(CODES_IN_USE)
                .bind(0, people.toArray(UUID[]::new))
                .map((row, meta) -> Map.entry(row.get("person_id", UUID.class), row.get("reply_code", String.class)))
                .all()
                .collect(HashMap::new, (map, used) -> map.computeIfAbsent(used.getKey(), k -> new HashSet<>())
                        .add(used.getValue()));
    }

    private static Map<UUID, String> freeCodes(List<UUID> people, Map<UUID, Set<String>> inUse) {
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
