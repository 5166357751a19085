package io.muster.gateway.inbound;

import io.muster.gateway.batch.BatchProperties;
import io.muster.gateway.batch.GroupCommit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw audit log of everything providers sent us, which also makes a replayed webhook a no-op.
 * Entries and their outcomes are written in batches (one statement for the webhooks that arrive
 * while the previous statement runs); a caller continues only once its row has committed.
 */
// @Component, not @Repository: DatabaseClient already translates R2DBC errors, and the exception-
// translation proxy only added an interceptor chain to every call on the reply hot path.
@Component
public class InboundLog {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final GroupCommit<Received, Optional<Long>> inserts;
    private final GroupCommit<Outcome, Boolean> outcomes;

    InboundLog(DatabaseClient db, JsonMapper json, BatchProperties batches) {
        this.db = db;
        this.json = json;
        this.inserts = batches.groupCommit(this::insertAll);
        this.outcomes = batches.groupCommit(this::updateAll);
    }

    /** Records a webhook as received, or finds the entry of an earlier delivery of the same one. */
    public Mono<InboundEntry> receive(InboundKind kind, String providerReference, Map<String, String> params) {
        String raw = json.writeValueAsString(storable(params));
        return inserts.submit(new Received(kind.name(), providerReference, raw))
                .flatMap(id -> id.isPresent()
                        ? Mono.just(new InboundEntry(id.get(), false, null))
                        : earlier(kind, providerReference));
    }

    /** Marks an entry handled with what came of it and the reply the provider got. */
    public Mono<Void> handled(long id, @Nullable UUID notificationId, String outcome, @Nullable String reply) {
        return outcomes.submit(Outcome.of(id, notificationId, outcome, reply)).then();
    }

    /** Marks handled an entry that answers no request (a STOP, a HELP): neither correlated nor for an operator. */
    public Mono<Void> handledKeyword(long id, String outcome, String reply) {
        return outcomes.submit(Outcome.keyword(id, outcome, reply)).then();
    }

    /**
     * Records a batch of webhooks of one kind that is already formed (the SMS reply path batches whole
     * replies, not single statements): one insert, and one select for those delivered before.
     */
    public <W> Mono<List<InboundEntry>> receiveAll(
            InboundKind kind,
            List<W> webhooks,
            Function<W, String> reference,
            Function<W, Map<String, String>> params) {
        List<Received> rows = webhooks.stream()
                .map(webhook -> new Received(
                        kind.name(),
                        reference.apply(webhook),
                        json.writeValueAsString(storable(params.apply(webhook)))))
                .toList();
        return insertAll(rows).flatMap(ids -> entries(kind, rows, ids));
    }

    /**
     * Marks a batch of entries handled, in one statement. An outcome without a reply keeps the reply the
     * entry has (a held SMS keeps the text its sender got when it is resolved later).
     */
    public Mono<Void> handledAll(List<Outcome> handled) {
        return handled.isEmpty() ? Mono.empty() : updateAll(handled).then();
    }

    private Mono<List<InboundEntry>> entries(InboundKind kind, List<Received> rows, List<Optional<Long>> ids) {
        List<String> replayed = IntStream.range(0, rows.size())
                .filter(i -> ids.get(i).isEmpty())
                .mapToObj(i -> rows.get(i).reference())
                .toList();
        Mono<Map<String, InboundEntry>> earlier = replayed.isEmpty() ? Mono.just(Map.of()) : earlier(kind, replayed);
        return earlier.map(before -> IntStream.range(0, rows.size())
                .mapToObj(i -> ids.get(i)
                        .map(id -> new InboundEntry(id, false, null))
                        .orElseGet(() -> before.get(rows.get(i).reference())))
                .toList());
    }

    /** One statement for many webhooks; a row the unique key turned away was delivered before. */
    private Mono<List<Optional<Long>>> insertAll(List<Received> rows) {
        return db.sql(
                        """
                        insert into inbound_log (kind, provider_reference, params)
                        select kind, reference, cast(params as jsonb)
                        from unnest(cast(:kinds as text[]), cast(:references as text[]), cast(:params as text[]))
                            as r(kind, reference, params)
                        on conflict (kind, provider_reference) do nothing returning id, kind, provider_reference""")
                .bind("kinds", rows.stream().map(Received::kind).toArray(String[]::new))
                .bind("references", rows.stream().map(Received::reference).toArray(String[]::new))
                .bind("params", rows.stream().map(Received::params).toArray(String[]::new))
                .map(row -> Map.entry(
                        Received.key(row.get("kind", String.class), row.get("provider_reference", String.class)),
                        row.get("id", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(ids -> rows.stream()
                        .map(row -> Optional.ofNullable(ids.remove(row.key())))
                        .toList());
    }

    private Mono<List<Boolean>> updateAll(List<Outcome> rows) {
        return db.sql(
                        """
                        update inbound_log l set correlated = cast(o.correlated as boolean),
                            notification_id = cast(o.notification as uuid), outcome = o.outcome,
                            reply = coalesce(o.reply, l.reply)
                        from unnest(cast(:ids as bigint[]), cast(:correlated as text[]), cast(:notifications as text[]),
                            cast(:outcomes as text[]), cast(:replies as text[]))
                            as o(id, correlated, notification, outcome, reply)
                        where l.id = o.id""")
                .bind("ids", rows.stream().map(Outcome::id).toArray(Long[]::new))
                .bind("correlated", rows.stream().map(Outcome::correlatedText).toArray(String[]::new))
                .bind(
                        "notifications",
                        rows.stream().map(Outcome::notificationText).toArray(String[]::new))
                .bind("outcomes", rows.stream().map(Outcome::outcome).toArray(String[]::new))
                .bind("replies", rows.stream().map(Outcome::reply).toArray(String[]::new))
                .then()
                .thenReturn(rows.stream().map(row -> Boolean.TRUE).toList());
    }

    /** PostgreSQL text and jsonb cannot hold NUL: kept visibly as U+FFFD instead of refusing the webhook. */
    private static Map<String, String> storable(Map<String, String> params) {
        Map<String, String> clean = new java.util.LinkedHashMap<>();
        params.forEach((name, value) -> clean.put(name, value == null ? null : value.replace('\u0000', '\uFFFD')));
        return clean;
    }

    private Mono<InboundEntry> earlier(InboundKind kind, String providerReference) {
        return earlier(kind, List.of(providerReference)).mapNotNull(entries -> entries.get(providerReference));
    }

    /** The entries of earlier deliveries, by provider reference. */
    private Mono<Map<String, InboundEntry>> earlier(InboundKind kind, List<String> references) {
        return db.sql(
                        """
                        select id, provider_reference, outcome, reply from inbound_log
                        where kind = :kind and provider_reference = any(cast(:references as text[]))""")
                .bind("kind", kind.name())
                .bind("references", references.toArray(String[]::new))
                .map(row -> Map.entry(
                        row.get("provider_reference", String.class),
                        new InboundEntry(
                                row.get("id", Long.class),
                                row.get("outcome", String.class) != null,
                                row.get("reply", String.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }
}
