package io.muster.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the services recorded about one cohort's incident, read from PostgreSQL: each person's
 * notifications (every step the incident-service sent), the answers recorded for each person, the
 * delivery receipts recorded per notification, and the notifier's ledger rows still unsettled.
 */
final class CohortRecords {

    private final StackDatabase db;
    private final BenchmarkIncident cohort;

    CohortRecords(StackDatabase db, BenchmarkIncident cohort) {
        this.db = db;
        this.cohort = cohort;
    }

    /** Every notification (step) of the incident, and the person (index in the cohort) it is for. */
    Map<UUID, Integer> notifications() {
        Map<UUID, Integer> notifications = new HashMap<>();
        for (String[] row : db.texts(
                """
                SELECT n.notification_id, substring(p.employee_id FROM ?)
                FROM incident.notifications n JOIN incident.people p ON p.id = n.person_id
                WHERE n.incident_id = ?::uuid""",
                personIndexFrom(),
                cohort.id())) {
            notifications.put(UUID.fromString(row[0]), Integer.parseInt(row[1]));
        }
        return notifications;
    }

    /** Answers recorded for each person who answered, by person index. */
    Map<Integer, Long> answers() {
        Map<Integer, Long> answers = new HashMap<>();
        for (long[] row : db.rows(
                """
                SELECT substring(p.employee_id FROM ?)::int, count(*)
                FROM incident.accountability_answers a JOIN incident.people p ON p.id = a.person_id
                WHERE a.incident_id = ?::uuid AND a.source = 'PERSON'
                GROUP BY 1""",
                personIndexFrom(),
                cohort.id())) {
            answers.put((int) row[0], row[1]);
        }
        return answers;
    }

    /** "Delivered" events recorded, by notification. */
    Map<UUID, Long> receipts() {
        Map<UUID, Long> receipts = new HashMap<>();
        for (String[] row : db.texts(
                """
                SELECT e.notification_id, count(*)
                FROM incident.recipient_events e
                JOIN incident.notifications n ON n.notification_id = e.notification_id
                WHERE n.incident_id = ?::uuid AND e.kind = 'DELIVERED'
                GROUP BY 1""",
                cohort.id())) {
            receipts.put(UUID.fromString(row[0]), Long.parseLong(row[1]));
        }
        return receipts;
    }

    /**
     * How the gateway's inbound log filed these SMS replies (by MessageSid), counted by outcome; those it
     * has no entry for count as "not logged".
     */
    Map<String, Long> gatewayOutcomes(List<String> sids) {
        Map<String, Long> outcomes = new TreeMap<>();
        if (sids.isEmpty()) {
            return outcomes;
        }
        long logged = 0;
        for (String[] row : db.texts(
                """
                SELECT coalesce(outcome, '(none)'), count(*) FROM gateway.inbound_log
                WHERE kind = 'SMS_REPLY' AND provider_reference = ANY (string_to_array(?, ','))
                GROUP BY 1""",
                String.join(",", sids))) {
            outcomes.put(row[0], Long.parseLong(row[1]));
            logged += Long.parseLong(row[1]);
        }
        if (logged < sids.size()) {
            outcomes.put("not logged", sids.size() - logged);
        }
        return outcomes;
    }

    /** The notifier's attempts whose fate it does not know (PENDING, AMBIGUOUS). */
    long unsettledAttempts() {
        return db.count(
                """
                SELECT count(*) FROM notifier.delivery_attempts
                WHERE incident_id = ?::uuid AND status IN ('PENDING', 'AMBIGUOUS')""",
                cohort.id());
    }

    /** Employee ids are {@code <role>-<index>}: the index starts after the role and the dash. */
    private int personIndexFrom() {
        return cohort.role().length() + 2;
    }
}
