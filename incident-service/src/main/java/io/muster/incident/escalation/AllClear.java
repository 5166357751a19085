package io.muster.incident.escalation;

import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends an incident's escalation: cancels every pending timer and sends the all-clear (no answer
 * asked) to everyone who was notified. Runs in the closing JDBC transaction.
 */
@Component
public class AllClear {

    private final JdbcClient jdbc;
    private final Requests requests;
    private final BatchWriter writer;
    private final EscalationStops stops;

    AllClear(JdbcClient jdbc, Requests requests, BatchWriter writer, EscalationStops stops) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.writer = writer;
        this.stops = stops;
    }

    /** Returns how many people the all-clear goes to; {@code note} is the commander's closing words, or empty. */
    public int send(EscalatingIncident incident, String note, Instant now) {
        stops.stopAll(incident.id(), now);
        record Notified(Contact contact, String replyCode) {}
        List<Notified> notified = jdbc.sql("SELECT r.reply_code, " + Contacts.COLUMNS
                        + " FROM recipients r JOIN people p ON p.id = r.person_id" + Contacts.SITES
                        + "WHERE r.incident_id = ? AND r.notified_at IS NOT NULL")
                .param(incident.id())
                .query((rs, n) -> new Notified(Contacts.contact(rs), rs.getString("reply_code")))
                .list();
        Batch batch = new Batch();
        for (Notified person : notified) {
            UUID notificationId = TimeOrderedIds.next();
            batch.steps.add(new Batch.Step(
                    notificationId, incident.id(), person.contact().personId(), -1, "ALL_CLEAR"));
            batch.outbox()
                    .add(() -> requests.allClear(
                            incident, person.contact(), notificationId, person.replyCode(), note, now));
        }
        writer.write(batch);
        return notified.size();
    }
}
