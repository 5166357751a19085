package io.muster.incident.escalation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the recipients whose step timers fired, with their contact details, in one query. */
@Component
class PendingSteps {

    record Pending(UUID incidentId, Contact contact, Stepper.Recipient recipient, boolean answered) {}

    private final JdbcClient jdbc;

    PendingSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pending> of(List<DueTimers.Due> due) {
        return jdbc.sql(
                        "SELECT r.incident_id AS recipient_incident, r.notification_id, r.reply_code, r.state, r.level, "
                                + Contacts.COLUMNS
                                + " FROM recipients r JOIN people p ON p.id = r.person_id"
                                + Contacts.SITES
                                + "WHERE (r.incident_id, r.person_id) IN (SELECT * FROM unnest(?::uuid[], ?::uuid[]))")
                .param(due.stream().map(DueTimers.Due::incidentId).toArray(UUID[]::new))
                .param(due.stream().map(DueTimers.Due::personId).toArray(UUID[]::new))
                .query((rs, n) -> new Pending(
                        rs.getObject("recipient_incident", UUID.class),
                        Contacts.contact(rs),
                        new Stepper.Recipient(
                                rs.getObject("notification_id", UUID.class),
                                rs.getString("reply_code"),
                                rs.getInt("level"),
                                false),
                        !"NO_RESPONSE".equals(rs.getString("state"))))
                .list();
    }
}
