package io.muster.incident.escalation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the members of a cohort whose step timer fired and who have not answered, with their
 * contact details, in one query: an answer (any stored state but NO_RESPONSE) ends a person's
 * escalation, since every later step is read from here.
 */
@Component
class PendingSteps {

    record Pending(Contact contact, Stepper.Recipient recipient) {}

    private final JdbcClient jdbc;

    PendingSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pending> of(UUID incidentId, UUID cohort) {
        return jdbc.sql("SELECT r.notification_id, r.reply_code, r.level, r.cohort, "
                        + Contacts.COLUMNS
                        + " FROM recipients r JOIN people p ON p.id = r.person_id"
                        + Contacts.SITES
                        + "WHERE r.incident_id = ? AND r.cohort = ? AND r.state = 'NO_RESPONSE'")
                .param(incidentId)
                .param(cohort)
                .query((rs, n) -> new Pending(
                        Contacts.contact(rs),
                        new Stepper.Recipient(
                                rs.getObject("notification_id", UUID.class),
                                rs.getString("reply_code"),
                                rs.getInt("level"),
                                false,
                                rs.getObject("cohort", UUID.class))))
                .list();
    }
}
