package io.muster.incident.escalation;

import io.muster.incident.facts.IncidentsProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives each person the smallest code from 10 up that none of their other incidents still uses,
 * so an SMS reply "1 47" names one incident. An incident uses its codes while it is open and for
 * {@code muster.incidents.code-reuse-after} after it closed: a late answer naming a closed
 * incident's code must still reach that incident, never a newer one. The {@link FanOutLock} comes
 * first, so two concurrent fan-outs never hand one person the same code.
 */
@Component
class ReplyCodes {

    private static final Logger log = LoggerFactory.getLogger(ReplyCodes.class);

    static final int FIRST_CODE = 10;
    private static final String FIRST = Integer.toString(FIRST_CODE);
    private static final int LOOKUP_AT_MOST = 1000;

    private final JdbcClient jdbc;
    private final FanOutLock lock;
    private final Duration reuseAfter;

    ReplyCodes(JdbcClient jdbc, FanOutLock lock, IncidentsProperties properties) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.reuseAfter = properties.codeReuseAfter();
    }

    /**
     * The codes of the given people. Must run inside the fan-out's transaction: the lock is
     * released when it ends. Most people of a large fan-out have no other incident in use; they all
     * get the first code without an entry of their own.
     */
    Assigned assign(List<UUID> people, Instant now) {
        long start = System.nanoTime();
        lock.take();
        CodesInUse inUse = people.size() > LOOKUP_AT_MOST
                ? inUseByIncident(new HashSet<>(people), now)
                : inUseByPerson(people, now);
        long read = System.nanoTime();
        Assigned assigned = inUse.assigned();
        if (log.isDebugEnabled() && people.size() > LOOKUP_AT_MOST) {
            log.debug(
                    "Reply codes for {} people: read the codes in use in {} ms, chose in {} ms ({} with a code in use)",
                    people.size(),
                    (read - start) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000,
                    inUse.size());
        }
        return assigned;
    }

    /**
     * A large fan-out reads the codes that every incident still in use holds and keeps those of its
     * own people: cheaper than sending 100,000 ids to look up, and the cost grows with the recipients
     * of recent incidents, not with the fan-out.
     */
    private CodesInUse inUseByIncident(Set<UUID> people, Instant now) {
        CodesInUse inUse = new CodesInUse();
        jdbc.sql(
                        """
                        SELECT r.person_id, r.reply_code FROM incidents i JOIN recipients r ON r.incident_id = i.id
                        WHERE i.closed_at IS NULL OR i.closed_at > ?
                        """)
                .param(Timestamp.from(now.minus(reuseAfter)))
                .query(rs -> {
                    UUID person = rs.getObject(1, UUID.class);
                    if (people.contains(person)) {
                        inUse.mark(person, rs.getString(2));
                    }
                });
        return inUse;
    }

    private CodesInUse inUseByPerson(List<UUID> people, Instant now) {
        CodesInUse inUse = new CodesInUse();
        jdbc.sql(
                        """
                        SELECT r.person_id, r.reply_code FROM recipients r JOIN incidents i ON i.id = r.incident_id
                        WHERE r.person_id = ANY(?::uuid[]) AND (i.closed_at IS NULL OR i.closed_at > ?)
                        """)
                .param(people.toArray(UUID[]::new))
                .param(Timestamp.from(now.minus(reuseAfter)))
                .query(rs -> {
                    inUse.mark(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return inUse;
    }

    /**
     * The code of each person: {@code usual} for those with codes in use (unless they have an
     * exception of their own), the first code for everyone else.
     */
    record Assigned(String usual, Map<UUID, String> exceptions, Set<UUID> withCodesInUse) {

        String of(UUID person) {
            String code = exceptions.get(person);
            if (code != null) {
                return code;
            }
            return withCodesInUse.contains(person) ? usual : FIRST;
        }
    }
}
