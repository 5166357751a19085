package io.muster.incident.accountability;

/**
 * The one definition of where each recipient of some incidents stands, as SQL common table
 * expressions that every count and list builds on: HR's board and CSV, the incident's counts in the
 * API and the incidents list, and the commander's live view with its breakdowns. So the numbers a
 * commander and HR see are the same by construction.
 *
 * <p>{@code :incidents} is a uuid array. {@code states} has one row per recipient: {@code
 * incident_id}, {@code person_id}, {@code level}, {@code site_id} (home site), {@code
 * last_answer_id}, {@code sent} and {@code delivered} (on any channel, ever), {@code failed} (the
 * latest report of every channel tried is a failure) and {@code state}: the stored answer, else
 * UNREACHABLE when every channel the person has a usable address for ended FAILED (or they have none:
 * SMS to a number that opted out with STOP is not usable), else NO_RESPONSE. UNREACHABLE is derived
 * at read time, so escalation (which treats any stored state but NO_RESPONSE as an answer) keeps
 * climbing for an unreachable person towards their deputy. {@code events} has the incidents' delivery
 * reports (all-clears, answers and quiet-hours holds left out).
 */
public final class RecipientStates {

    public static final String CTE =
            """
            WITH events AS (
                SELECT n.incident_id, n.person_id, e.channel, e.kind, e.occurred_at, e.received_at
                FROM notifications n JOIN recipient_events e ON e.notification_id = n.notification_id
                WHERE n.incident_id = ANY(CAST(:incidents AS uuid[])) AND n.purpose <> 'ALL_CLEAR'
                  AND e.kind NOT IN ('ANSWERED', 'HELD')
            ), latest AS (
                SELECT DISTINCT ON (incident_id, person_id, channel) incident_id, person_id, channel, kind FROM events
                ORDER BY incident_id, person_id, channel, occurred_at DESC, received_at DESC
            ), reach AS (
                SELECT incident_id, person_id, bool_or(kind IN ('SENT', 'DELIVERED')) AS sent,
                       bool_or(kind = 'DELIVERED') AS delivered
                FROM events GROUP BY incident_id, person_id
            ), tried AS (
                SELECT incident_id, person_id, bool_and(kind = 'FAILED') AS failed,
                       array_agg(channel) FILTER (WHERE kind = 'FAILED') AS failed_channels
                FROM latest GROUP BY incident_id, person_id
            ), states AS (
                SELECT r.incident_id, r.person_id, r.level, p.site_id, r.last_answer_id,
                       coalesce(reach.sent, false) AS sent, coalesce(reach.delivered, false) AS delivered,
                       coalesce(t.failed, false) AS failed,
                       CASE WHEN r.state <> 'NO_RESPONSE' THEN r.state
                            WHEN coalesce((SELECT bool_and(c = ANY(coalesce(t.failed_channels, '{}'::text[])))
                                           FROM unnest(p.channels) c
                                           WHERE CASE WHEN c = 'EMAIL' THEN p.email IS NOT NULL
                                                      WHEN c = 'SMS' THEN p.phone IS NOT NULL AND NOT EXISTS (
                                                          SELECT 1 FROM contact_points o WHERE o.person_id = p.id
                                                          AND o.kind = 'PHONE' AND o.address = p.phone AND o.opted_out)
                                                      ELSE p.phone IS NOT NULL END), true)
                                 THEN 'UNREACHABLE'
                            ELSE 'NO_RESPONSE' END AS state
                FROM recipients r
                LEFT JOIN people p ON p.id = r.person_id
                LEFT JOIN reach ON reach.incident_id = r.incident_id AND reach.person_id = r.person_id
                LEFT JOIN tried t ON t.incident_id = r.incident_id AND t.person_id = r.person_id
                WHERE r.incident_id = ANY(CAST(:incidents AS uuid[]))
            )
            """;

    /** The counts of a group of {@code states} rows named {@code x} (see {@code recipient.Counts}). */
    public static final String COUNTS =
            """
                   count(*) AS targeted,
                   count(*) FILTER (WHERE x.sent) AS sent,
                   count(*) FILTER (WHERE x.delivered) AS delivered,
                   count(*) FILTER (WHERE x.failed) AS failed,
                   count(*) FILTER (WHERE x.state NOT IN ('NO_RESPONSE', 'UNREACHABLE')) AS answered,
                   count(*) FILTER (WHERE x.state = 'SAFE') AS safe,
                   count(*) FILTER (WHERE x.state = 'NEEDS_HELP') AS need_help,
                   count(*) FILTER (WHERE x.state = 'AT_ALTERNATE_SITE') AS at_alternate_site,
                   count(*) FILTER (WHERE x.state = 'NO_RESPONSE') AS no_answer,
                   count(*) FILTER (WHERE x.state = 'UNREACHABLE') AS unreachable
            """;

    private RecipientStates() {}
}
