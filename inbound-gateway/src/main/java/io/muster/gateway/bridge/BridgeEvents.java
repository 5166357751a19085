package io.muster.gateway.bridge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Who joined and left each incident's bridge, when (table {@code bridge_events}, once per call and event). */
@Repository
class BridgeEvents {

    /** One join or leave: JOINED or LEFT. */
    record Event(UUID personId, String callSid, String event, Instant at) {}

    private final DatabaseClient db;

    BridgeEvents(DatabaseClient db) {
        this.db = db;
    }

    /** Stores the event: true; a repeated callback for the same call and event changes nothing: false. */
    Mono<Boolean> record(
            UUID incidentId, UUID personId, String callSid, String conferenceSid, String event, Instant at) {
        return db.sql(
                        """
                        insert into bridge_events (incident_id, person_id, call_sid, conference_sid, event,
                            occurred_at)
                        values (:incident, :person, :call, :conference, :event, :at)
                        on conflict (call_sid, event) do nothing""")
                .bind("incident", incidentId)
                .bind("person", personId)
                .bind("call", callSid)
                .bind("conference", conferenceSid)
                .bind("event", event)
                .bind("at", at)
                .fetch()
                .rowsUpdated()
                .map(rows -> rows == 1);
    }

    /** The incident's events, oldest first. */
    Mono<List<Event>> of(UUID incidentId) {
        return db.sql(
                        """
                        select person_id, call_sid, event, occurred_at from bridge_events
                        where incident_id = :incident order by occurred_at, id""")
                .bind("incident", incidentId)
                .map(row -> new Event(
                        row.get("person_id", UUID.class),
                        row.get("call_sid", String.class),
                        row.get("event", String.class),
                        row.get("occurred_at", Instant.class)))
                .all()
                .collectList();
    }
}
