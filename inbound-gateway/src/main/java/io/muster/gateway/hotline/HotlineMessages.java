package io.muster.gateway.hotline;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Every recorded hotline message (table {@code hotline_messages}), kept before anything is published. Those of
 * unidentified callers have no incident and stay here for operators.
 */
@Repository
class HotlineMessages {

    private final DatabaseClient db;

    HotlineMessages(DatabaseClient db) {
        this.db = db;
    }

    /** Keeps the message; true when it was already published (a repeated callback). */
    Mono<Boolean> keep(RecordedMessage message) {
        GenericExecuteSpec spec = db.sql(
                        """
                        insert into hotline_messages (recording_sid, call_sid, caller_number, person_id, incident_id,
                            recording_url, duration_seconds)
                        values (:recording, :call, :caller, :person, :incident, :url, :duration)
                        on conflict (recording_sid) do update set recording_sid = excluded.recording_sid
                        returning published_at""")
                .bind("recording", message.recordingSid())
                .bind("call", message.callSid())
                .bind("url", message.recordingUrl())
                .bind("duration", message.durationSeconds());
        spec = message.callerNumber() == null
                ? spec.bindNull("caller", String.class)
                : spec.bind("caller", message.callerNumber());
        spec = message.personId() == null
                ? spec.bindNull("person", UUID.class)
                : spec.bind("person", message.personId());
        spec = message.incidentId() == null
                ? spec.bindNull("incident", UUID.class)
                : spec.bind("incident", message.incidentId());
        return spec.map(row -> row.get("published_at", Instant.class) != null).one();
    }

    Mono<Void> published(String recordingSid, Instant at) {
        return db.sql("update hotline_messages set published_at = :at where recording_sid = :recording")
                .bind("recording", recordingSid)
                .bind("at", at)
                .then();
    }
}
