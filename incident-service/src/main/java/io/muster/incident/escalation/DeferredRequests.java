package io.muster.incident.escalation;

import io.muster.incident.outbox.DeferredPayloads;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Renders a fan-out's first requests when the relay publishes them: one query reads the recipients
 * (a chunk of a cohort, or rows queued one per person before V10) with their people and sites, and
 * each becomes the NotificationRequested that the fan-out would have written itself (same fields;
 * occurredAt is when the person was notified).
 */
@Component
class DeferredRequests implements DeferredPayloads {

    private record First(
            UUID incidentId, Contact contact, UUID notificationId, String replyCode, int level, Instant at) {}

    private final JdbcClient jdbc;
    private final EscalatingIncidents incidents;
    private final Requests requests;

    DeferredRequests(JdbcClient jdbc, EscalatingIncidents incidents, Requests requests) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.requests = requests;
    }

    @Override
    public Map<UUID, String> render(Collection<UUID> notificationIds) {
        return rendered(read("recipients", "r.notification_id = ANY(?::uuid[])", (Object)
                        notificationIds.toArray(UUID[]::new)))
                .collect(Collectors.toMap(Member::notificationId, Member::payload));
    }

    @Override
    public List<Member> cohort(UUID cohort, UUID after, int limit) {
        // The chunk is chosen before the join: right after a large COPY the statistics are stale,
        // and PostgreSQL would otherwise join every remaining member before applying the limit.
        String chunk =
                """
                (SELECT * FROM recipients WHERE cohort = ? AND notification_id > ?
                 ORDER BY notification_id LIMIT ?)""";
        return rendered(read(chunk, "true", cohort, after, limit))
                .sorted(Comparator.comparing(Member::notificationId, TimeOrderedIds::unsigned))
                .toList();
    }

    private Stream<Member> rendered(List<First> firsts) {
        Map<UUID, Optional<EscalatingIncident>> byId = new HashMap<>();
        for (First first : firsts) {
            byId.computeIfAbsent(first.incidentId(), incidents::any);
        }
        var stream = firsts.size() >= 1000 ? firsts.parallelStream() : firsts.stream();
        return stream.filter(f -> byId.get(f.incidentId()).isPresent())
                .map(f -> render(byId.get(f.incidentId()).orElseThrow(), f));
    }

    private Member render(EscalatingIncident incident, First first) {
        OutboxMessage message = requests.first(
                incident, first.contact(), first.notificationId(), first.replyCode(), first.level(), first.at());
        return new Member(first.notificationId(), message.key(), message.payload());
    }

    private List<First> read(String recipients, String where, Object... params) {
        return jdbc.sql("SELECT r.incident_id AS recipient_incident, r.notification_id, r.reply_code, r.level, "
                        + "coalesce(r.notified_at, now()) AS notified_at, "
                        + Contacts.COLUMNS
                        + " FROM " + recipients + " r JOIN people p ON p.id = r.person_id"
                        + Contacts.SITES
                        + "WHERE "
                        + where)
                .params(params)
                .query((rs, n) -> new First(
                        rs.getObject("recipient_incident", UUID.class),
                        Contacts.contact(rs),
                        rs.getObject("notification_id", UUID.class),
                        rs.getString("reply_code"),
                        rs.getInt("level"),
                        rs.getTimestamp("notified_at").toInstant()))
                .list();
    }
}
