package io.muster.incident.recipient;

import io.muster.incident.directory.ContactsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reachability per address: permanent failures in a row are counted, and an address that reaches
 * {@code muster.contacts.flag-after-failures} of them is flagged for HR; a delivery resets the count.
 * Runs in the caller's JDBC transaction ({@link RecipientEvents}).
 */
@Component
class ContactPoints {

    private static final String ADDRESS =
            """
            SELECT p.id, k.kind, k.address FROM notifications n JOIN people p ON p.id = n.person_id
            CROSS JOIN LATERAL (SELECT CASE WHEN :channel = 'EMAIL' THEN 'EMAIL' ELSE 'PHONE' END AS kind,
                                       CASE WHEN :channel = 'EMAIL' THEN p.email ELSE p.phone END AS address) k
            WHERE n.notification_id = :notification AND k.address IS NOT NULL
            """;

    private final JdbcClient jdbc;
    private final ContactsProperties properties;

    ContactPoints(JdbcClient jdbc, ContactsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void failedPermanently(RecipientEvent event) {
        jdbc.sql(
                        "INSERT INTO contact_points (person_id, kind, address, permanent_failures, flagged_at) "
                                + ADDRESS.replace(
                                        "SELECT p.id, k.kind, k.address",
                                        "SELECT p.id, k.kind, k.address, 1, CASE WHEN :flagAfter <= 1 THEN now() END")
                                + """
                        ON CONFLICT (person_id, kind, address) DO UPDATE
                        SET permanent_failures = contact_points.permanent_failures + 1,
                            flagged_at = coalesce(contact_points.flagged_at,
                                CASE WHEN contact_points.permanent_failures + 1 >= :flagAfter THEN now() END)
                        """)
                .param("notification", event.notificationId())
                .param("channel", String.valueOf(event.channel()))
                .param("flagAfter", properties.flagAfterFailures())
                .update();
    }

    void delivered(RecipientEvent event) {
        jdbc.sql(
                        "INSERT INTO contact_points (person_id, kind, address, last_delivered_at) "
                                + ADDRESS.replace(
                                        "SELECT p.id, k.kind, k.address", "SELECT p.id, k.kind, k.address, now()")
                                + """
                        ON CONFLICT (person_id, kind, address) DO UPDATE
                        SET permanent_failures = 0, flagged_at = NULL, last_delivered_at = now()
                        """)
                .param("notification", event.notificationId())
                .param("channel", String.valueOf(event.channel()))
                .update();
    }
}
