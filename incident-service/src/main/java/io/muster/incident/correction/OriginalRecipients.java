package io.muster.incident.correction;

import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.NotificationRequested;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who received an incident's alert, and on which channels: every recipient with a SENT or DELIVERED
 * report of a step of their question (the alert or a reminder of it), from the delivery ledger. People
 * never reached (nothing sent, or every channel failed) are not among them, nor are correction,
 * cancellation or all-clear messages counted as the original.
 */
@Component
class OriginalRecipients {

    /** A person the alert reached, the channels that reached them (in their order of preference), and their reply code. */
    record Reached(Contact contact, List<NotificationRequested.Channel> channels, String replyCode) {}

    private record Row(UUID personId, String replyCode, Set<String> channels) {}

    private static final String REACHED =
            """
            SELECT n.person_id, r.reply_code, array_agg(DISTINCT e.channel) AS channels
            FROM notifications n
            JOIN recipient_events e ON e.notification_id = n.notification_id
            JOIN recipients r ON r.incident_id = n.incident_id AND r.person_id = n.person_id
            WHERE n.incident_id = ? AND n.purpose IN ('ALERT', 'REMINDER')
              AND e.kind IN ('SENT', 'DELIVERED') AND e.channel IS NOT NULL
            GROUP BY n.person_id, r.reply_code
            """;

    private final JdbcClient jdbc;
    private final Contacts contacts;

    OriginalRecipients(JdbcClient jdbc, Contacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    /** Those reached, each on the channels of theirs that reached them and still have an address. */
    List<Reached> of(UUID incidentId) {
        Map<UUID, Row> rows = jdbc
                .sql(REACHED)
                .param(incidentId)
                .query((rs, n) ->
                        new Row(rs.getObject(1, UUID.class), rs.getString(2), Set.copyOf(Arrays.asList((String[])
                                rs.getArray(3).getArray()))))
                .list()
                .stream()
                .collect(Collectors.toMap(Row::personId, row -> row));
        return contacts.byIds(rows.keySet()).stream()
                .map(contact -> reached(contact, rows.get(contact.personId())))
                .filter(reached -> !reached.channels().isEmpty())
                .toList();
    }

    private static Reached reached(Contact contact, Row row) {
        List<NotificationRequested.Channel> channels = contact.channels().stream()
                .filter(channel -> row.channels().contains(channel.channel()))
                .toList();
        return new Reached(contact, channels, row.replyCode());
    }
}
