package io.muster.incident.correction;

import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.NotificationRequested;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who received an incident's alert, or may still: the people a correction must reach. A recipient with a SENT or
 * DELIVERED report of a step of their question (the alert or a reminder of it) gets it on the channels that reached
 * them. A recipient whose alert has no such report yet (still queued, being sent, or its receipt on its way: a
 * correction seconds after a large alert) gets it on the alert's channels that have not failed, after the alert on
 * the same lane and key, so nobody is left with the wrong alert alone. People never reached (every channel failed),
 * people of levels not yet asked, and correction, cancellation or all-clear messages do not count.
 */
@Component
class OriginalRecipients {

    /** A person the alert reached (or may still), the channels for the correction (in their order of preference), and their reply code. */
    record Reached(Contact contact, List<NotificationRequested.Channel> channels, String replyCode) {}

    private record Row(UUID personId, String replyCode, Set<String> reached, Set<String> failed) {}

    private static final String ASKED =
            """
            SELECT n.person_id, r.reply_code,
                   array_agg(DISTINCT e.channel) FILTER (WHERE e.kind IN ('SENT', 'DELIVERED') AND e.channel IS NOT NULL)
                       AS reached,
                   array_agg(DISTINCT e.channel) FILTER (WHERE e.kind = 'FAILED' AND e.channel IS NOT NULL) AS failed
            FROM notifications n
            JOIN recipients r ON r.incident_id = n.incident_id AND r.person_id = n.person_id
            LEFT JOIN recipient_events e ON e.notification_id = n.notification_id
            WHERE n.incident_id = ? AND n.purpose IN ('ALERT', 'REMINDER')
            GROUP BY n.person_id, r.reply_code
            """;

    private final JdbcClient jdbc;
    private final Contacts contacts;

    OriginalRecipients(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    /** Those reached, or not yet known to be unreachable, each on their channels for the correction. */
    List<Reached> of(UUID incidentId) {
        Map<UUID, Row> rows = jdbc
                .sql(ASKED)
                .param(incidentId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        channels(rs.getArray(3)),
                        channels(rs.getArray(4))))
                .list()
                .stream()
                .collect(Collectors.toMap(Row::personId, row -> row));
        return contacts.byIds(rows.keySet()).stream()
                .map(contact -> reached(contact, rows.get(contact.personId())))
                .filter(reached -> !reached.channels().isEmpty())
                .toList();
    }

    private static Set<String> channels(java.sql.@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** The channels that reached them; none yet: the alert's channels that have not failed (maybe none). */
    private static Reached reached(Contact contact, Row row) {
        List<NotificationRequested.Channel> channels = contact.channels().stream()
                .filter(channel -> row.reached().isEmpty()
                        ? !row.failed().contains(channel.channel())
                        : row.reached().contains(channel.channel()))
                .toList();
        return new Reached(contact, channels, row.replyCode());
    }
}
