package io.muster.incident.escalation;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reply code a message about an incident carries for one person: their code in it when they
 * are its recipient (every request of an incident to a person carries the same one), else
 * {@link #NONE}, for someone who was never asked anything in it (a task owner, a commander).
 */
@Component
public class ReplyCodeOf {

    /** The code of a message to someone who is no recipient of the incident; it names no question. */
    public static final String NONE = "0";

    private final JdbcClient jdbc;

    ReplyCodeOf(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call in a JDBC transaction. */
    public String of(UUID incidentId, UUID personId) {
        return jdbc.sql("SELECT reply_code FROM recipients WHERE incident_id = ? AND person_id = ?")
                .param(incidentId)
                .param(personId)
                .query(String.class)
                .optional()
                .orElse(NONE);
    }
}
