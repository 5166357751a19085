package io.muster.incident.bridge;

import io.muster.incident.storage.Jdbc;
import io.muster.kafka.UnprocessableRecord;
import java.sql.Timestamp;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps who joined and left each incident's bridge, as the gateway publishes it: once per event id (a record read
 * again after a failure changes nothing). An event that can never be kept (no ids, an unknown incident) is
 * {@link UnprocessableRecord}: it goes to the dead-letter topic.
 */
@Component
class BridgeAttendance {

    private static final Set<String> EVENTS = Set.of("JOINED", "LEFT");

    private final Jdbc jdbc;

    BridgeAttendance(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocking: on the listener thread, its own transaction. */
    void store(BridgeParticipantChanged change) {
        if (change.eventId() == null
                || change.incidentId() == null
                || change.personId() == null
                || change.callSid() == null
                || change.at() == null
                || !EVENTS.contains(change.event())) {
            throw new UnprocessableRecord(
                    "BridgeParticipantChanged without eventId, incidentId, personId, callSid, at or JOINED/LEFT");
        }
        if (change.callSid().length() > 64) {
            throw new UnprocessableRecord("BridgeParticipantChanged with a callSid that is no Twilio sid");
        }
        jdbc.inTransaction(() -> {
            boolean known = jdbc.client()
                    .sql("SELECT 1 FROM incidents WHERE id = ?")
                    .param(change.incidentId())
                    .query(Integer.class)
                    .optional()
                    .isPresent();
            if (!known) {
                throw new UnprocessableRecord("BridgeParticipantChanged for unknown incident " + change.incidentId());
            }
            return jdbc.client()
                    .sql(
                            """
                            INSERT INTO bridge_participation (event_id, incident_id, person_id, call_sid, event, at)
                            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(
                            change.eventId(),
                            change.incidentId(),
                            change.personId(),
                            change.callSid(),
                            change.event(),
                            Timestamp.from(change.at()))
                    .update();
        });
    }
}
