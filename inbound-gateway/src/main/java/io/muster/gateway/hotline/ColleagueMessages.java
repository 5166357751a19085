package io.muster.gateway.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Voice messages left for a colleague or a team (table {@code colleague_messages}): kept before they are published,
 * heard once by their recipient (a team's message: once by each member, {@code team_message_hearings}) on the
 * hotline. Names come from the hotline's directory (the latest request of the person in the incident).
 */
@Repository
class ColleagueMessages {

    /** A message as the recipient hears it and operators list it: for a person ({@code toPersonId}) or a team. */
    record ColleagueMessage(
            String recordingSid,
            UUID incidentId,
            UUID fromPersonId,
            @Nullable String fromName,
            @Nullable UUID toPersonId,
            @Nullable String toName,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String toRole,
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
        return keep(callSid, recordingSid, url, seconds, incident, from, to, null);
    }

    /** Keeps a message for everyone of the role in the incident; true when it was published already. */
    Mono<Boolean> keepForTeam(
            String callSid, String recordingSid, String url, int seconds, UUID incident, UUID from, String role) {
        return keep(callSid, recordingSid, url, seconds, incident, from, null, role);
    }

    private Mono<Boolean> keep(
            String callSid,
            String recordingSid,
            String url,
            int seconds,
            UUID incident,
            UUID from,
            @Nullable UUID to,
            @Nullable String role) {
        DatabaseClient.GenericExecuteSpec spec = db.sql(
                        """
                        insert into colleague_messages (recording_sid, call_sid, incident_id, from_person_id,
                            to_person_id, to_role, recording_url, duration_seconds)
                        values (:recording, :call, :incident, :from, :to, :role, :url, :duration)
                        on conflict (recording_sid) do update set recording_sid = excluded.recording_sid
                        returning published_at""")
                .bind("recording", recordingSid)
                .bind("call", callSid)
                .bind("incident", incident)
                .bind("from", from);
        spec = to == null ? spec.bindNull("to", UUID.class) : spec.bind("to", to);
        spec = role == null ? spec.bindNull("role", String.class) : spec.bind("role", role);
        return spec.bind("url", url)
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

    /**
     * The messages for this person in this incident they have not heard yet, oldest first: those left for them, and
     * those left for a team of one of their {@code roles} by someone else.
     */
    Mono<List<ColleagueMessage>> waiting(UUID toPersonId, UUID incidentId, List<String> roles) {
        return query(db.sql(
                        SELECT.formatted(
                                """
                                and ((m.to_person_id = :person and m.heard_at is null)
                                    or (m.to_role = any(:roles) and m.from_person_id <> :person
                                        and not exists (select 1 from team_message_hearings h
                                            where h.recording_sid = m.recording_sid and h.person_id = :person)))"""))
                .bind("person", toPersonId)
                .bind("roles", roles.toArray(String[]::new))
                .bind("incident", incidentId));
    }

    /** Every message of the incident, for operators. */
    Mono<List<ColleagueMessage>> ofIncident(UUID incidentId) {
        return query(db.sql(SELECT.formatted("")).bind("incident", incidentId));
    }

    /** The person heard these messages: their own ones are marked heard, a team's once for them. */
    Mono<Void> heard(UUID personId, List<String> recordingSids, Instant at) {
        if (recordingSids.isEmpty()) {
            return Mono.empty();
        }
        String[] recordings = recordingSids.toArray(String[]::new);
        return db.sql(
                        """
                        update colleague_messages set heard_at = :at
                        where recording_sid = any(:recordings) and to_person_id = :person""")
                .bind("at", at)
                .bind("recordings", recordings)
                .bind("person", personId)
                .then()
                .then(db.sql(
                                """
                                insert into team_message_hearings (recording_sid, person_id, heard_at)
                                select recording_sid, :person, :at from colleague_messages
                                where recording_sid = any(:recordings) and to_role is not null
                                on conflict do nothing""")
                        .bind("at", at)
                        .bind("recordings", recordings)
                        .bind("person", personId)
                        .then());
    }

    private static Mono<List<ColleagueMessage>> query(DatabaseClient.GenericExecuteSpec spec) {
        return spec.map(row -> new ColleagueMessage(
                        row.get("recording_sid", String.class),
                        row.get("incident_id", UUID.class),
                        row.get("from_person_id", UUID.class),
                        row.get("from_name", String.class),
                        row.get("to_person_id", UUID.class),
                        row.get("to_name", String.class),
                        row.get("to_role", String.class),
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
