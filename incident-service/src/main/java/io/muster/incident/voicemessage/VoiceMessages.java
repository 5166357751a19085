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
import io.muster.incident.security.CurrentUser;
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
import java.util.Optional;
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
        String toRole = event.team();
        if (incidentId == null || fromId == null || (toId == null) == (toRole == null)) {
            throw new UnprocessableRecord(
                    "VoiceMessageLeft without incidentId, fromPersonId, or exactly one of toPersonId and toRole");
        }
        jdbc.inTransaction(() -> {
            EscalatingIncident incident = incidents
                    .any(incidentId)
                    .orElseThrow(() -> new UnprocessableRecord("VoiceMessageLeft for unknown incident " + incidentId));
            Map<UUID, Contact> people = contacts.byIds(toId == null ? List.of(fromId) : List.of(fromId, toId)).stream()
                    .collect(Collectors.toMap(Contact::personId, Function.identity()));
            Contact from = known(people, fromId);
            Contact to = toId == null ? null : known(people, toId);
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            int stored = jdbc.client()
                    .sql(
                            """
                            INSERT INTO voice_messages (id, event_id, incident_id, from_person_id, to_person_id, to_role,
                                                        recording_sid, recording_url, duration_seconds, provider_reference,
                                                        left_at, heard_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                            """)
                    .params(
                            id,
                            event.eventId(),
                            incidentId,
                            fromId,
                            toId,
                            toRole,
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
            boolean closed = closed(incidentId);
            Map<String, Object> details = new HashMap<>();
            details.put("fromPersonId", fromId);
            details.put("durationSeconds", event.durationSeconds());
            if (to != null) {
                UUID notice = closed ? null : tell(incident, from, to, now);
                jdbc.client()
                        .sql("UPDATE voice_messages SET notification_id = ? WHERE id = ?")
                        .params(notice, id)
                        .update();
                details.put("toPersonId", toId);
                details.put("notified", notice != null);
            } else {
                List<Contact> members = members(incidentId, toRole, fromId);
                int told = 0;
                for (Contact member : members) {
                    UUID notice = closed ? null : tell(incident, from, member, now);
                    jdbc.client()
                            .sql(
                                    "INSERT INTO voice_message_members (message_id, person_id, notification_id) VALUES (?, ?, ?)")
                            .params(id, member.personId(), notice)
                            .update();
                    told += notice == null ? 0 : 1;
                }
                details.put("toRole", toRole);
                details.put("members", members.size());
                details.put("notifiedMembers", told);
                details.put("notified", told > 0);
            }
            if (closed) {
                details.put("incidentClosed", true);
            }
            audit.record(incidentId, "hotline", "VOICE_MESSAGE_LEFT", id.toString(), details);
            return stored;
        });
    }

    /**
     * The team: the incident's recipients who hold the role in the directory now, but the caller. Messages stay among
     * the incident's people: someone of the role who was never asked about the incident is not told.
     */
    private List<Contact> members(UUID incidentId, String role, UUID fromId) {
        List<UUID> ids = jdbc.client()
                .sql(
                        """
                        SELECT r.person_id FROM recipients r
                        JOIN person_roles pr ON pr.person_id = r.person_id AND pr.role = ?
                        WHERE r.incident_id = ? AND r.person_id <> ?
                        """)
                .params(role, incidentId, fromId)
                .query(UUID.class)
                .list();
        return ids.isEmpty() ? List.of() : contacts.byIds(ids);
    }

    /**
     * A message that arrives after the close (recorded just before it, or held up by an outage) is kept and audited
     * but nobody is told: the incident's people had the all-clear, and the hotline no longer offers the incident.
     */
    private boolean closed(UUID incidentId) {
        return jdbc.client()
                .sql("SELECT closed_at IS NOT NULL FROM incidents WHERE id = ?")
                .param(incidentId)
                .query(Boolean.class)
                .single();
    }

    /** The notice's id, or null when the person has no SMS or email to be told on. */
    private @Nullable UUID tell(EscalatingIncident incident, Contact from, Contact to, Instant now) {
        List<NotificationRequested.Channel> channels = smsElseEmail(to.channels());
        if (channels.isEmpty()) {
            return null;
        }
        UUID notification = UUID.randomUUID();
        var notice = new Requests.Notice(
                NotificationRequested.Purpose.VOICE_MESSAGE,
                from.displayName(),
                incident.title(),
                codes.of(incident.id(), to.personId()),
                channels);
        outbox.append(requests.notice(incident, to, notification, notice, now));
        return notification;
    }

    Mono<List<VoiceMessage>> of(UUID incidentId) {
        return jdbc.transactional(() -> {
            if (incidents.any(incidentId).isEmpty()) throw new IncidentNotFound(incidentId);
            return jdbc.client()
                    .sql(
                            """
                            SELECT m.*, f.display_name AS from_name, t.display_name AS to_name,
                                   (SELECT count(*) FROM voice_message_members mm WHERE mm.message_id = m.id) AS members,
                                   (SELECT count(*) FROM voice_message_members mm WHERE mm.message_id = m.id
                                        AND mm.notification_id IS NOT NULL) AS told
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

    /**
     * The recording URL of the message, when the user may hear it: commanders and HR, its recipient, a member of its
     * team in the incident. Empty for anyone else, as for a message that does not exist.
     */
    Mono<Optional<String>> recordingFor(UUID incidentId, UUID messageId, CurrentUser user) {
        boolean everyMessage = user.hasAnyRole("COMMANDER", "HR");
        UUID person = user.personId();
        return jdbc.transactional(() -> jdbc.client()
                .sql(
                        """
                        SELECT m.recording_url FROM voice_messages m
                        WHERE m.incident_id = ? AND m.id = ? AND m.recording_url IS NOT NULL
                          AND (?::boolean OR m.to_person_id = ?::uuid
                               OR EXISTS (SELECT 1 FROM voice_message_members mm
                                          WHERE mm.message_id = m.id AND mm.person_id = ?::uuid))
                        """)
                .params(incidentId, messageId, everyMessage, person, person)
                .query(String.class)
                .optional());
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
                rs.getString("to_role"),
                rs.getString("to_role") == null ? null : rs.getInt("members"),
                (Integer) rs.getObject("duration_seconds"),
                rs.getTimestamp("left_at").toInstant(),
                instant(rs.getTimestamp("heard_at")),
                rs.getObject("notification_id") != null || rs.getInt("told") > 0);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
