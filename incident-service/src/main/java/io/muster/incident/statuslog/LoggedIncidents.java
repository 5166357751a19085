package io.muster.incident.statuslog;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks the incident a log entry is for, inside the writing transaction. */
@Component
class LoggedIncidents {

    /** What the log needs to know about its incident. */
    record LoggedIncident(UUID id, boolean open, boolean exercise) {}

    static final class Closed extends ProblemException {
        Closed(UUID id) {
            super(HttpStatus.CONFLICT, "incident-closed", "Incident already closed", "Incident " + id + " is closed.");
        }
    }

    private final JdbcClient jdbc;

    LoggedIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open incident, locked against closing until the entry is written. */
    LoggedIncident requireOpen(UUID id) {
        LoggedIncident incident = require(id, " FOR SHARE");
        if (!incident.open()) {
            throw new Closed(id);
        }
        return incident;
    }

    LoggedIncident require(UUID id) {
        return require(id, "");
    }

    private LoggedIncident require(UUID id, String lock) {
        return jdbc.sql("SELECT id, status, exercise FROM incidents WHERE id = ?" + lock)
                .param(id)
                .query((rs, n) ->
                        new LoggedIncident(id, "OPEN".equals(rs.getString("status")), rs.getBoolean("exercise")))
                .optional()
                .orElseThrow(() -> new IncidentNotFound(id));
    }
}
