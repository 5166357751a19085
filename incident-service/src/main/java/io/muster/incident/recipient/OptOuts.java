package io.muster.incident.recipient;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records an SMS opt-out (STOP) or opt-in (START) on the contact points of the people the address
 * belongs to, for HR to see; the latest change wins. Idempotent by eventId. Escalation reads the
 * same rows: while a number is opted out it gets no SMS (see escalation's Contact.channels).
 */
@Component
class OptOuts {

    private final Jdbc jdbc;
    private final AuditTrail audit;

    OptOuts(Jdbc jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void record(ContactOptOutChanged change) {
        UUID eventId = ConsumedEvent.required(change.eventId(), "eventId");
        String address = ConsumedEvent.required(change.address(), "address");
        boolean optedOut = ConsumedEvent.required(change.optedOut(), "optedOut");
        var at = Timestamp.from(ConsumedEvent.required(change.occurredAt(), "occurredAt"));
        List<UUID> people = ConsumedEvent.required(change.personIds(), "personIds");
        jdbc.inTransaction(() -> {
            if (isNew(eventId, change, people, optedOut, at)) {
                List<UUID> known = update(change, people, address, optedOut, at);
                known.forEach(person -> audit.record(
                        change.incidentId(),
                        "person:" + person,
                        optedOut ? "CONTACT_OPTED_OUT" : "CONTACT_OPTED_IN",
                        person.toString(),
                        Map.of(
                                "channel",
                                String.valueOf(change.channel()),
                                "address",
                                masked(address),
                                "keyword",
                                String.valueOf(change.keyword()))));
            }
            return null;
        });
    }

    private boolean isNew(
            UUID eventId, ContactOptOutChanged change, List<UUID> people, boolean optedOut, Timestamp at) {
        return jdbc.client()
                        .sql(
                                """
                                INSERT INTO contact_opt_out_events (event_id, person_ids, channel, opted_out, keyword, occurred_at)
                                VALUES (?, ?::uuid[], ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                                """)
                        .param(eventId)
                        .param(people.toArray(UUID[]::new))
                        .param(String.valueOf(change.channel()))
                        .param(optedOut)
                        .param(change.keyword())
                        .param(at)
                        .update()
                == 1;
    }

    private List<UUID> update(
            ContactOptOutChanged change, List<UUID> people, String address, boolean optedOut, Timestamp at) {
        return jdbc.client()
                .sql(
                        """
                        INSERT INTO contact_points (person_id, kind, address, opted_out, opt_out_changed_at, opt_out_keyword)
                        SELECT p.id, ?, ?, ?, ?, ? FROM people p WHERE p.id = ANY(?::uuid[])
                        ON CONFLICT (person_id, kind, address) DO UPDATE
                        SET opted_out = excluded.opted_out, opt_out_changed_at = excluded.opt_out_changed_at,
                            opt_out_keyword = excluded.opt_out_keyword
                        WHERE contact_points.opt_out_changed_at IS NULL
                           OR contact_points.opt_out_changed_at <= excluded.opt_out_changed_at
                        RETURNING person_id
                        """)
                .param(change.kind())
                .param(address)
                .param(optedOut)
                .param(at)
                .param(change.keyword())
                .param(people.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    /** Only the last two characters: the audit trail is exported, and addresses are personal data. */
    private static String masked(String address) {
        int keep = Math.min(2, address.length());
        return "*".repeat(address.length() - keep) + address.substring(address.length() - keep);
    }
}
