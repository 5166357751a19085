package io.muster.gateway.hotline;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every recorded hotline message (table {@code hotline_messages}), kept before anything is published. Those of
 * unidentified callers have no incident and stay here until an operator attaches them to one.
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
                            recording_url, duration_seconds, claimed_person_id)
                        values (:recording, :call, :caller, :person, :incident, :url, :duration, :claimed)
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
        spec = message.claimedPersonId() == null
                ? spec.bindNull("claimed", UUID.class)
                : spec.bind("claimed", message.claimedPersonId());
        return spec.map(row -> row.get("published_at", Instant.class) != null).one();
    }

    Mono<Void> published(String recordingSid, Instant at) {
        return db.sql("update hotline_messages set published_at = :at where recording_sid = :recording")
                .bind("recording", recordingSid)
                .bind("at", at)
                .then();
    }

    /** Unidentified callers' messages (attached ones too, unless {@code attached} says otherwise), newest first. */
    Flux<HotlineMessageView> unidentified(@Nullable Boolean attached, int page, int size) {
        return db.sql("select " + HotlineMessageView.COLUMNS + " from hotline_messages where " + filter(attached)
                        + " order by recorded_at desc, recording_sid limit :limit offset :offset")
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(HotlineMessageView::of)
                .all();
    }

    Mono<Long> countUnidentified(@Nullable Boolean attached) {
        return db.sql("select count(*) as n from hotline_messages where " + filter(attached))
                .map(row -> row.get("n", Long.class))
                .one();
    }

    Mono<HotlineMessageView> view(String recordingSid) {
        return db.sql("select " + HotlineMessageView.COLUMNS + " from hotline_messages where recording_sid = :sid")
                .bind("sid", recordingSid)
                .map(HotlineMessageView::of)
                .one();
    }

    /** Claims a message nobody was attached to yet for this person and incident; empty when someone was. */
    Mono<RecordedMessage> attach(
            String recordingSid, UUID person, UUID incident, String operator, @Nullable String comment, Instant at) {
        GenericExecuteSpec spec = db.sql(
                        """
                        update hotline_messages set person_id = :person, incident_id = :incident,
                            attached_by = :operator, attached_at = :at, attach_comment = :comment
                        where recording_sid = :sid and incident_id is null
                        returning call_sid, recording_sid, recording_url, duration_seconds, caller_number""")
                .bind("sid", recordingSid)
                .bind("person", person)
                .bind("incident", incident)
                .bind("operator", operator)
                .bind("at", at);
        spec = comment == null ? spec.bindNull("comment", String.class) : spec.bind("comment", comment);
        return spec.map(row -> new RecordedMessage(
                        row.get("call_sid", String.class),
                        row.get("recording_sid", String.class),
                        row.get("recording_url", String.class),
                        "completed",
                        java.util.Objects.requireNonNullElse(row.get("duration_seconds", Integer.class), 0),
                        row.get("caller_number", String.class),
                        person,
                        incident,
                        null))
                .one();
    }

    /** Gives back a claim whose event Kafka did not take, so the operator can try again. */
    Mono<Void> release(String recordingSid, String operator) {
        return db.sql(
                        """
                        update hotline_messages set person_id = null, incident_id = null, attached_by = null,
                            attached_at = null, attach_comment = null
                        where recording_sid = :sid and attached_by = :operator and published_at is null""")
                .bind("sid", recordingSid)
                .bind("operator", operator)
                .then();
    }

    /** {@code attached} is a Boolean or null, never input text. */
    private static String filter(@Nullable Boolean attached) {
        if (attached == null) {
            return "(incident_id is null or attached_by is not null)";
        }
        return attached ? "attached_by is not null" : "incident_id is null";
    }
}
