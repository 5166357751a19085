package io.muster.incident.correction;

import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.NotificationRequested.Purpose;
import io.muster.incident.escalation.Requests;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends a correction to everyone the alert reached, each on the channels that reached them: one
 * request per person (a step of their question, so its deliveries and any answer correlate like the
 * alert's), queued in the outbox in the caller's transaction.
 */
@Component
class CorrectionSending {

    /** Corrections are steps outside the escalation ladder; this step number marks them. */
    static final int CORRECTION_STEP = -3;

    private final JdbcClient jdbc;
    private final OriginalRecipients originals;
    private final CorrectionTexts texts;
    private final Requests requests;
    private final Outbox outbox;

    CorrectionSending(
            JdbcClient jdbc, OriginalRecipients originals, CorrectionTexts texts, Requests requests, Outbox outbox) {
        this.jdbc = jdbc;
        this.originals = originals;
        this.texts = texts;
        this.requests = requests;
        this.outbox = outbox;
    }

    /** Returns how many people the correction goes to. */
    int send(
            EscalatingIncident incident,
            UUID correctionId,
            Correction.Kind kind,
            Map<String, String> messages,
            Instant now) {
        Purpose purpose = Purpose.valueOf(kind.name());
        List<OutboxMessage> requested = new ArrayList<>();
        List<UUID> notifications = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        for (OriginalRecipients.Reached person : originals.of(incident.id())) {
            String locale = person.contact().locale();
            var notice = new Requests.Notice(
                    purpose,
                    texts.subject(kind, locale, incident.titleFor(locale)),
                    texts.body(kind, locale, messages),
                    person.replyCode(),
                    person.channels());
            UUID notification = TimeOrderedIds.next();
            notifications.add(notification);
            people.add(person.contact().personId());
            requested.add(requests.correction(incident, person.contact(), notification, notice, now));
        }
        steps(incident.id(), correctionId, purpose, notifications, people);
        outbox.append(requested);
        return notifications.size();
    }

    /** Steps make each notification id known, so delivery reports and answers correlate. */
    private void steps(UUID incident, UUID correction, Purpose purpose, List<UUID> notifications, List<UUID> people) {
        if (notifications.isEmpty()) {
            return;
        }
        jdbc.sql(
                        """
                        INSERT INTO notification_steps (notification_id, incident_id, person_id, step, purpose)
                        SELECT t.n, ?, t.p, ?, ? FROM unnest(?::uuid[], ?::uuid[]) AS t(n, p)
                        """)
                .param(incident)
                .param(CORRECTION_STEP)
                .param(purpose.name())
                .param(notifications.toArray(UUID[]::new))
                .param(people.toArray(UUID[]::new))
                .update();
        jdbc.sql(
                        """
                        INSERT INTO correction_notifications (notification_id, correction_id, incident_id)
                        SELECT t.n, ?, ? FROM unnest(?::uuid[]) AS t(n)
                        """)
                .param(correction)
                .param(incident)
                .param(notifications.toArray(UUID[]::new))
                .update();
    }
}
