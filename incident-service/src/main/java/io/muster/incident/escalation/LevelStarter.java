package io.muster.incident.escalation;

import io.muster.incident.calltree.Level;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls a level of an incident's call tree, unless the level before it reached its quorum; sets
 * the timer that may call the level after it.
 */
@Component
public class LevelStarter {

    private final Contacts contacts;
    private final FanOut fanOut;
    private final JdbcClient jdbc;
    private final FanOutLock lock;

    LevelStarter(Contacts contacts, FanOut fanOut, JdbcClient jdbc, FanOutLock lock) {
        this.contacts = contacts;
        this.fanOut = fanOut;
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** Returns how many people the level added (0 when the level before answered enough). */
    public int start(EscalatingIncident incident, int number, Instant now, Batch batch) {
        if (number > 1 && quorumReached(incident, number - 1)) {
            return 0;
        }
        Level level = incident.level(number);
        lock.take();
        int added =
                fanOut.add(incident, contacts.membersOf(level, incident.affectedSiteIds()), number, null, now, batch);
        if (number < incident.levels().size()) {
            batch.levelTimer(incident.id(), number + 1, now.plus(level.escalateAfter()));
        }
        return added;
    }

    private boolean quorumReached(EscalatingIncident incident, int number) {
        long answered = jdbc.sql(
                        "SELECT count(*) FROM recipients WHERE incident_id = ? AND level = ? AND state <> 'NO_RESPONSE'")
                .param(incident.id())
                .param(number)
                .query(Long.class)
                .single();
        return answered >= incident.level(number).quorum();
    }
}
