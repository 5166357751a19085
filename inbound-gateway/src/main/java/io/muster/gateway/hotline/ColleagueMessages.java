package io.muster.gateway.hotline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Voice messages left for a colleague (table {@code colleague_messages}): kept before they are published, heard
 * once by their recipient on the hotline. Names come from the hotline's directory (the latest request of the
 * person in the incident).
 */
@Repository
class ColleagueMessages {

    /** A message as the recipient hears it and operators list it. */
    record ColleagueMessage(
            String recordingSid,
            UUID incidentId,
            UUID fromPersonId,
            @Nullable String fromName,
            UUID toPersonId,
            @Nullable String toName,
            String recordingUrl,
            int durationSeconds,
            Instant recordedAt,
            @Nullable Instant heardAt) {}

    /** {@code %s}: the condition beyond the incident, one of ours, never input. */
    private static final String SELECT =
            """
            select m.*,
                (select r.display_name from hotline_requests r where r.incident_id = m.incident_id
                    and r.person_id = m.from_person_id and r.display_name is not null
                    order by r.created_at desc limit 1) as from_name,
                (select r.display_name from hotline_requests r where r.incident_id = m.incident_id
                    and r.person_id = m.to_person_id and r.display_name is not null
                    order by r.created_at desc limit 1) as to_name
            from colleague_messages m where m.incident_id = :incident %s
            order by m.recorded_at, m.recording_sid""";

    private final DatabaseClient db;

    ColleagueMessages(DatabaseClient db) {
        this.db = db;
    }

    /** Keeps the message (a repeated callback keeps nothing more); true when it was published already. */
    Mono<Boolean> keep(
            String callSid, String recordingSid, String url, int seconds, UUID incident, UUID from, UUID to) {
        return db.sql(
                        """
                        insert into colleague_messages (recording_sid, call_sid, incident_id, from_person_id,
                            to_person_id, recording_url, duration_seconds)
                        values (:recording, :call, :incident, :from, :to, :url, :duration)
                        on conflict (recording_sid) do update set recording_sid = excluded.recording_sid
                        returning published_at""")
                .bind("recording", recordingSid)
                .bind("call", callSid)
                .bind("incident", incident)
                .bind("from", from)
                .bind("to", to)
                .bind("url", url)
                .bind("duration", seconds)
                .map(row -> row.get("published_at", Instant.class) != null)
                .one();
    }

    Mono<Void> published(String recordingSid, Instant at) {
        return db.sql("update colleague_messages set published_at = :at where recording_sid = :recording")
                .bind("at", at)
                .bind("recording", recordingSid)
                .then();
    }

    /** The messages for this person in this incident they have not heard yet, oldest first. */
    Mono<List<ColleagueMessage>> waiting(UUID toPersonId, UUID incidentId) {
        return query(db.sql(SELECT.formatted("and m.to_person_id = :person and m.heard_at is null"))
                .bind("person", toPersonId)
                .bind("incident", incidentId));
    }

    /** Every message of the incident, for operators. */
    Mono<List<ColleagueMessage>> ofIncident(UUID incidentId) {
        return query(db.sql(SELECT.formatted("")).bind("incident", incidentId));
    }

    Mono<Void> heard(List<String> recordingSids, Instant at) {
        return recordingSids.isEmpty()
                ? Mono.empty()
                : db.sql("update colleague_messages set heard_at = :at where recording_sid = any(:recordings)")
                        .bind("at", at)
                        .bind("recordings", recordingSids.toArray(String[]::new))
                        .then();
    }

    private static Mono<List<ColleagueMessage>> query(DatabaseClient.GenericExecuteSpec spec) {
        return spec.map(row -> new ColleagueMessage(
                        row.get("recording_sid", String.class),
                        row.get("incident_id", UUID.class),
                        row.get("from_person_id", UUID.class),
                        row.get("from_name", String.class),
                        row.get("to_person_id", UUID.class),
                        row.get("to_name", String.class),
                        row.get("recording_url", String.class),
                        row.get("duration_seconds", Integer.class) == null
                                ? 0
                                : row.get("duration_seconds", Integer.class),
                        row.get("recorded_at", Instant.class),
                        row.get("heard_at", Instant.class)))
                .all()
                .collectList();
    }
}
