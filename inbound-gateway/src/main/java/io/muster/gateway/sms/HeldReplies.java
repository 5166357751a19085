package io.muster.gateway.sms;

import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.inbound.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The SMS answers held until their request is indexed (table {@code held_replies}). A batch's held replies are
 * written in one statement; tries take a lease on the rows they try, so two instances never try one at once.
 */
@Component
class HeldReplies {

    /**
     * A request indexed just before a try may commit just after it read the index: such a request must still
     * count as "indexed since the last try" at the next one.
     */
    static final Duration COMMIT_SLACK = Duration.ofSeconds(5);

    private final DatabaseClient db;
    private final InboundLog inbound;

    HeldReplies(DatabaseClient db, InboundLog inbound) {
        this.db = db;
        this.inbound = inbound;
    }

    /**
     * Holds a batch's unmatched answers; a reply handled again (its webhook retried) is held once. A reply counts
     * as last tried {@link #COMMIT_SLACK} before it came, for the same reason as in {@link #keep}.
     */
    Mono<Void> holdAll(List<HeldReply> replies) {
        if (replies.isEmpty()) {
            return Mono.empty();
        }
        return db.sql(
                        """
                        insert into held_replies (inbound_id, phone, message_sid, body, received_at, hold_until,
                            checked_at)
                        select * from unnest(cast(:ids as bigint[]), cast(:phones as text[]), cast(:sids as text[]),
                            cast(:bodies as text[]), cast(:received as timestamptz[]), cast(:until as timestamptz[]),
                            cast(:checked as timestamptz[]))
                        on conflict (inbound_id) do nothing""")
                .bind("ids", replies.stream().map(HeldReply::inboundId).toArray(Long[]::new))
                .bind("phones", replies.stream().map(HeldReply::phone).toArray(String[]::new))
                .bind("sids", replies.stream().map(HeldReply::messageSid).toArray(String[]::new))
                .bind("bodies", replies.stream().map(HeldReply::body).toArray(String[]::new))
                .bind("received", replies.stream().map(HeldReply::receivedAt).toArray(Instant[]::new))
                .bind("until", replies.stream().map(HeldReply::holdUntil).toArray(Instant[]::new))
                // tried against the index just now: a request indexed by a transaction that began before the
                // reply came (its created_at is that transaction's start) must still wake the reply
                .bind(
                        "checked",
                        replies.stream()
                                .map(reply -> reply.receivedAt().minus(COMMIT_SLACK))
                                .toArray(Instant[]::new))
                .then();
    }

    /**
     * Takes (for {@code lease}) the held replies worth trying now, oldest first: those past their hold, and
     * those whose number got a request indexed since their last try. Rows another instance holds are skipped.
     */
    Mono<List<HeldReply>> claimDue(Instant now, Duration lease, int limit) {
        return db.sql(
                        """
                        update held_replies h set claimed_until = :leaseEnd
                        where h.inbound_id in (
                            select p.inbound_id from held_replies p
                            where p.resolved_at is null and (p.claimed_until is null or p.claimed_until < :now)
                                and (p.hold_until <= :now or exists (select 1 from open_requests r
                                    where r.phone = p.phone and r.created_at >= p.checked_at))
                            order by p.received_at limit :limit for update skip locked)
                        returning h.inbound_id, h.phone, h.message_sid, h.body, h.received_at, h.hold_until,
                            h.checked_at""")
                .bind("leaseEnd", now.plus(lease))
                .bind("now", now)
                .bind("limit", limit)
                .map(row -> new HeldReply(
                        row.get("inbound_id", Long.class),
                        row.get("phone", String.class),
                        row.get("message_sid", String.class),
                        row.get("body", String.class),
                        row.get("received_at", Instant.class),
                        row.get("hold_until", Instant.class),
                        row.get("checked_at", Instant.class)))
                .all()
                .sort((a, b) -> a.receivedAt().compareTo(b.receivedAt()))
                .collectList();
    }

    /** Still nothing to answer: held on, and tried again once its number gets another request. */
    Mono<Void> keep(List<HeldReply> replies, Instant triedAt) {
        if (replies.isEmpty()) {
            return Mono.empty();
        }
        return db.sql(
                        """
                        update held_replies set claimed_until = null, checked_at = :checked
                        where inbound_id = any(cast(:ids as bigint[]))""")
                .bind("checked", triedAt.minus(COMMIT_SLACK))
                .bind("ids", replies.stream().map(HeldReply::inboundId).toArray(Long[]::new))
                .then();
    }

    /**
     * Done holding: each entry's outcome goes into the inbound log (correlated, or for an operator), then the
     * held rows are marked resolved. A crash in between tries them again: the same event id, the same outcome.
     */
    Mono<Void> resolve(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Mono.empty();
        }
        return inbound.handledAll(outcomes)
                .then(db.sql(
                                """
                                update held_replies h set resolved_at = now(), claimed_until = null,
                                    outcome = o.outcome
                                from unnest(cast(:ids as bigint[]), cast(:outcomes as text[])) as o(id, outcome)
                                where h.inbound_id = o.id""")
                        .bind("ids", outcomes.stream().map(Outcome::id).toArray(Long[]::new))
                        .bind(
                                "outcomes",
                                outcomes.stream().map(Outcome::outcome).toArray(String[]::new))
                        .then());
    }
}
