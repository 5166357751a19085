package io.muster.gateway.inbound;

import io.r2dbc.postgresql.codec.Json;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The raw audit log of everything providers sent us, which also makes a replayed webhook a no-op. */
@Repository
public class InboundLog {

    private final DatabaseClient db;
    private final JsonMapper json;

    InboundLog(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Records a webhook as received, or finds the entry of an earlier delivery of the same one. */
    public Mono<InboundEntry> receive(InboundKind kind, String providerReference, Map<String, String> params) {
        return db.sql(
                        """
                        insert into inbound_log (kind, provider_reference, params) values (:kind, :reference, :params)
                        on conflict (kind, provider_reference) do nothing returning id""")
                .bind("kind", kind.name())
                .bind("reference", providerReference)
                .bind("params", Json.of(json.writeValueAsString(storable(params))))
                .map(row -> new InboundEntry(row.get("id", Long.class), false, null))
                .one()
                .switchIfEmpty(Mono.defer(() -> earlier(kind, providerReference)));
    }

    /** Marks an entry handled with what came of it and the reply the provider got. */
    public Mono<Void> handled(long id, @Nullable UUID notificationId, String outcome, @Nullable String reply) {
        return handled(id, notificationId, notificationId != null, outcome, reply);
    }

    /** Marks handled an entry that answers no request (a STOP, a HELP): neither correlated nor for an operator. */
    public Mono<Void> handledKeyword(long id, String outcome, String reply) {
        return handled(id, null, null, outcome, reply);
    }

    private Mono<Void> handled(
            long id,
            @Nullable UUID notificationId,
            @Nullable Boolean correlated,
            String outcome,
            @Nullable String reply) {
        var spec = db.sql(
                        """
                        update inbound_log set correlated = :correlated, notification_id = :notification,
                        outcome = :outcome, reply = :reply where id = :id""")
                .bind("id", id)
                .bind("outcome", outcome);
        spec = correlated == null ? spec.bindNull("correlated", Boolean.class) : spec.bind("correlated", correlated);
        spec = notificationId == null
                ? spec.bindNull("notification", UUID.class)
                : spec.bind("notification", notificationId);
        spec = reply == null
                ? spec.bindNull("reply", String.class)
                : spec.bind("reply", reply.replace('\u0000', '\uFFFD'));
        return spec.then();
    }

    /** PostgreSQL text and jsonb cannot hold NUL: kept visibly as U+FFFD instead of refusing the webhook. */
    private static Map<String, String> storable(Map<String, String> params) {
        Map<String, String> clean = new java.util.LinkedHashMap<>();
        params.forEach((name, value) -> clean.put(name, value == null ? null : value.replace('\u0000', '\uFFFD')));
        return clean;
    }

    private Mono<InboundEntry> earlier(InboundKind kind, String providerReference) {
        return db.sql(
                        "select id, outcome, reply from inbound_log where kind = :kind and provider_reference = :reference")
                .bind("kind", kind.name())
                .bind("reference", providerReference)
                .map(row -> new InboundEntry(
                        row.get("id", Long.class),
                        row.get("outcome", String.class) != null,
                        row.get("reply", String.class)))
                .one();
    }
}
