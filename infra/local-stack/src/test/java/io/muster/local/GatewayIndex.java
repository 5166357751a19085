package io.muster.local;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

/**
 * What the gateway has learnt from Kafka, read from its tables: the scenario waits for it where a person's
 * reply would otherwise race an event the gateway reads in parallel with the notifier (a second incident's
 * alert, a close, a new PIN). These are preconditions of a step, never what a step asserts.
 */
final class GatewayIndex {

    private final StackDatabase db;

    GatewayIndex(StackDatabase db) {
        this.db = db;
    }

    /** The gateway can correlate a reply to this request. */
    void awaitRequest(UUID notificationId) {
        awaitCount(
                "the gateway indexes request " + notificationId,
                "SELECT count(*) FROM gateway.open_requests WHERE notification_id = ?::uuid",
                notificationId.toString());
    }

    /** The gateway has read the incident's IncidentClosed. */
    void awaitClosed(String incidentId) {
        awaitCount(
                "the gateway knows incident " + incidentId + " closed",
                "SELECT count(*) FROM gateway.known_incidents WHERE incident_id = ?::uuid AND closed_at IS NOT NULL",
                incidentId);
    }

    /** The hotline has the person's PIN hash. */
    void awaitPin(UUID personId) {
        awaitCount(
                "the hotline has the PIN of " + personId,
                "SELECT count(*) FROM gateway.hotline_pins WHERE person_id = ?::uuid",
                personId.toString());
    }

    /** The hotline knows the person was asked about the incident. */
    void awaitHotlineRequest(UUID personId, String incidentId) {
        awaitCount(
                "the hotline knows " + personId + " in incident " + incidentId,
                "SELECT count(*) FROM gateway.hotline_requests WHERE person_id = ?::uuid AND incident_id = ?::uuid",
                personId.toString(),
                incidentId);
    }

    private void awaitCount(String what, String sql, Object... params) {
        await(what).atMost(WeekPhones.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> db.count(sql, params) > 0);
    }
}
