package io.muster.incident.recipient;

import io.muster.incident.directory.ContactsProperties;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reachability per address: permanent failures in a row are counted, and an address that reaches
 * {@code muster.contacts.flag-after-failures} of them is flagged for HR; a delivery resets the count.
 */
@Component
class ContactPoints {

    private static final String ADDRESS =
            """
            SELECT p.id, k.kind, k.address FROM notifications n JOIN people p ON p.id = n.person_id
            CROSS JOIN LATERAL (SELECT CASE WHEN $2 = 'EMAIL' THEN 'EMAIL' ELSE 'PHONE' END AS kind,
                                       CASE WHEN $2 = 'EMAIL' THEN p.email ELSE p.phone END AS address) k
            WHERE n.notification_id = $1 AND k.address IS NOT NULL
            """;

    private final DatabaseClient db;
    private final ContactsProperties properties;

    ContactPoints(DatabaseClient db, ContactsProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    Mono<Void> failedPermanently(RecipientEvent event) {
        return db.sql(
                        "INSERT INTO contact_points (person_id, kind, address, permanent_failures, flagged_at) "
                                + ADDRESS.replace(
                                        "SELECT p.id, k.kind, k.address",
                                        "SELECT p.id, k.kind, k.address, 1, CASE WHEN $3 <= 1 THEN now() END")
                                + """
                        ON CONFLICT (person_id, kind, address) DO UPDATE
                        SET permanent_failures = contact_points.permanent_failures + 1,
                            flagged_at = coalesce(contact_points.flagged_at,
                                CASE WHEN contact_points.permanent_failures + 1 >= $3 THEN now() END)
                        """)
                .bind(0, event.notificationId())
                .bind(1, String.valueOf(event.channel()))
                .bind(2, properties.flagAfterFailures())
                .then();
    }

    Mono<Void> delivered(RecipientEvent event) {
        return db.sql(
                        "INSERT INTO contact_points (person_id, kind, address, last_delivered_at) "
                                + ADDRESS.replace(
                                        "SELECT p.id, k.kind, k.address", "SELECT p.id, k.kind, k.address, now()")
                                + """
                        ON CONFLICT (person_id, kind, address) DO UPDATE
                        SET permanent_failures = 0, flagged_at = NULL, last_delivered_at = now()
                        """)
                .bind(0, event.notificationId())
                .bind(1, String.valueOf(event.channel()))
                .then();
    }
}
