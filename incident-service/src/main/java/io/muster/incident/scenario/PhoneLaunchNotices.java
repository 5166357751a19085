package io.muster.incident.scenario;

import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.escalation.NotificationRequested;
import io.muster.incident.escalation.ReplyCodeOf;
import io.muster.incident.escalation.Requests;
import io.muster.incident.outbox.Outbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every commander (each login with the COMMANDER role and a directory person) that a scenario was
 * launched by phone: a NotificationRequested that asks nothing, by SMS where they have a phone, else on
 * their other channels. The caller's own commander login is told too: the phone call may not have been
 * theirs. Written in the launch's transaction; the ids are kept ({@code scenario_launch_notices}).
 */
@Component
class PhoneLaunchNotices {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final EscalatingIncidents incidents;
    private final ReplyCodeOf codes;
    private final Requests requests;
    private final Outbox outbox;
    private final Clock clock;

    PhoneLaunchNotices(
            JdbcClient jdbc,
            Contacts contacts,
            EscalatingIncidents incidents,
            ReplyCodeOf codes,
            Requests requests,
            Outbox outbox,
            Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.incidents = incidents;
        this.codes = codes;
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    void tellCommanders(UUID incidentId, String scenario, int version, Map<String, String> values, String by) {
        var incident = incidents.any(incidentId).orElseThrow();
        Instant now = clock.instant();
        String subject = "Launched by phone: " + scenario;
        String body = by + " launched \"" + scenario + "\" (version " + version + ") by phone"
                + (values.get("site").isEmpty() ? "" : " for " + values.get("site")) + " at " + values.get("time")
                + ".";
        for (Contact commander : contacts.byIds(commanders())) {
            var channels = bySms(commander.channels());
            if (channels.isEmpty()) continue;
            var notice = new Requests.Notice(
                    NotificationRequested.Purpose.ALERT,
                    subject,
                    body,
                    codes.of(incidentId, commander.personId()),
                    channels);
            UUID notification = UUID.randomUUID();
            jdbc.sql(
                            "INSERT INTO scenario_launch_notices (notification_id, incident_id, person_id, sent_at) VALUES (?, ?, ?, ?)")
                    .params(notification, incidentId, commander.personId(), Timestamp.from(now))
                    .update();
            outbox.append(requests.notice(incident, commander, notification, notice, now));
        }
    }

    private List<UUID> commanders() {
        return jdbc.sql(
                        "SELECT DISTINCT person_id FROM app_users WHERE 'COMMANDER' = ANY(roles) AND person_id IS NOT NULL AND NOT disabled")
                .query(UUID.class)
                .list();
    }

    private static List<NotificationRequested.Channel> bySms(List<NotificationRequested.Channel> channels) {
        var sms = channels.stream().filter(c -> "SMS".equals(c.channel())).toList();
        return sms.isEmpty() ? channels : sms;
    }
}
