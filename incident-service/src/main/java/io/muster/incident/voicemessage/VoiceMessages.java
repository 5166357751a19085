package io.muster.incident.voicemessage;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.escalation.NotificationRequested;
import io.muster.incident.escalation.ReplyCodeOf;
import io.muster.incident.escalation.Requests;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.storage.Jdbc;
import io.muster.kafka.UnprocessableRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps each voice message with its incident (idempotent by eventId), audits it and tells the recipient
 * once, in the same transaction: a notice that asks nothing, by SMS, else by email, in their language.
 * The recording URL is kept but never logged, audited, sent or listed.
 */
@Component
class VoiceMessages {

    private final Jdbc jdbc;
    private final EscalatingIncidents incidents;
    private final Contacts contacts;
    private final ReplyCodeOf codes;
    private final Requests requests;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    VoiceMessages(
            Jdbc jdbc,
            EscalatingIncidents incidents,
            Contacts contacts,
            ReplyCodeOf codes,
            Requests requests,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.contacts = contacts;
        this.codes = codes;
        this.requests = requests;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Blocking: runs on the listener thread, which commits the offset once this is durable. */
    void store(VoiceMessageLeft event) {
        UUID incidentId = event.incidentId();
        UUID fromId = event.fromPersonId();
        UUID toId = event.toPersonId();
        if (incidentId == null || fromId == null || toId == null) {
            throw new UnprocessableRecord("VoiceMessageLeft without incidentId, fromPersonId or toPersonId");
        }
        jdbc.inTransaction(() -> {
            EscalatingIncident incident = incidents
                    .any(incidentId)
                    .orElseThrow(() -> new UnprocessableRecord("VoiceMessageLeft for unknown incident " + incidentId));
            Map<UUID, Contact> people = contacts.byIds(List.of(fromId, toId)).stream()
                    .collect(Collectors.toMap(Contact::personId, Function.identity()));
            Contact from = known(people, fromId);
            Contact to = known(people, toId);
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            int stored = jdbc.client()
                    .sql(
                            """
                            INSERT INTO voice_messages (id, event_id, incident_id, from_person_id, to_person_id, recording_sid,
                                                        recording_url, duration_seconds, provider_reference, left_at, heard_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                            """)
                    .params(
                            id,
                            event.eventId(),
                            incidentId,
                            fromId,
                            toId,
                            event.recordingSid(),
                            event.recordingUrl(),
                            event.durationSeconds(),
                            event.providerReference(),
                            Timestamp.from(event.occurredAt() == null ? now : event.occurredAt()),
                            event.heardAt() == null ? null : Timestamp.from(event.heardAt()))
                    .update();
            if (stored == 0) {
                return 0; // a redelivery: told and audited the first time
            }
            boolean notified = tell(incident, from, to, id, now);
            Map<String, Object> details = new HashMap<>();
            details.put("fromPersonId", fromId);
            details.put("toPersonId", toId);
            details.put("durationSeconds", event.durationSeconds());
            details.put("notified", notified);
            audit.record(incidentId, "hotline", "VOICE_MESSAGE_LEFT", id.toString(), details);
            return stored;
        });
    }

    private boolean tell(EscalatingIncident incident, Contact from, Contact to, UUID messageId, Instant now) {
        List<NotificationRequested.Channel> channels = smsElseEmail(to.channels());
        if (channels.isEmpty()) {
            return false;
        }
        UUID notification = UUID.randomUUID();
        var notice = new Requests.Notice(
                NotificationRequested.Purpose.VOICE_MESSAGE,
                from.displayName(),
                incident.title(),
                codes.of(incident.id(), to.personId()),
                channels);
        outbox.append(requests.notice(incident, to, notification, notice, now));
        jdbc.client()
                .sql("UPDATE voice_messages SET notification_id = ? WHERE id = ?")
                .params(notification, messageId)
                .update();
        return true;
    }

    Mono<List<VoiceMessage>> of(UUID incidentId) {
        return jdbc.transactional(() -> {
            if (incidents.any(incidentId).isEmpty()) throw new IncidentNotFound(incidentId);
            return jdbc.client()
                    .sql(
                            """
                            SELECT m.*, f.display_name AS from_name, t.display_name AS to_name
                            FROM voice_messages m
                            LEFT JOIN people f ON f.id = m.from_person_id
                            LEFT JOIN people t ON t.id = m.to_person_id
                            WHERE m.incident_id = ? ORDER BY m.left_at, m.id
                            """)
                    .param(incidentId)
                    .query((rs, n) -> message(rs))
                    .list();
        });
    }

    private static Contact known(Map<UUID, Contact> people, UUID personId) {
        Contact contact = people.get(personId);
        if (contact == null) {
            throw new UnprocessableRecord("VoiceMessageLeft for unknown person " + personId);
        }
        return contact;
    }

    private static List<NotificationRequested.Channel> smsElseEmail(List<NotificationRequested.Channel> channels) {
        for (String kind : List.of("SMS", "EMAIL")) {
            var found = channels.stream().filter(c -> kind.equals(c.channel())).toList();
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private static VoiceMessage message(ResultSet rs) throws SQLException {
        return new VoiceMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                rs.getObject("from_person_id", UUID.class),
                rs.getString("from_name"),
                rs.getObject("to_person_id", UUID.class),
                rs.getString("to_name"),
                (Integer) rs.getObject("duration_seconds"),
                rs.getTimestamp("left_at").toInstant(),
                instant(rs.getTimestamp("heard_at")),
                rs.getObject("notification_id") != null);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
