package io.muster.gateway.operator;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The inbound log as operators read it, and the one change they make: attaching an entry by hand. */
@Repository
class InboundEntries {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};
    private static final String FILTER = " where (cast(:correlated as boolean) is null or correlated = :correlated)";

    private final DatabaseClient db;
    private final JsonMapper json;

    InboundEntries(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Flux<InboundRecord> page(@Nullable Boolean correlated, int page, int size) {
        return filtered(
                        "select * from inbound_log" + FILTER + " order by id desc limit :size offset :offset",
                        correlated)
                .bind("size", size)
                .bind("offset", (long) page * size)
                .map(this::record)
                .all();
    }

    Mono<Long> count(@Nullable Boolean correlated) {
        return filtered("select count(*) as total from inbound_log" + FILTER, correlated)
                .map(row -> row.get("total", Long.class))
                .one();
    }

    Mono<InboundRecord> byId(long id) {
        return db.sql("select * from inbound_log where id = :id")
                .bind("id", id)
                .map(this::record)
                .one();
    }

    /** Claims an uncorrelated entry for this attachment; empty when it is correlated or attached already. */
    Mono<InboundRecord> attach(long id, UUID notificationId, String operator, @Nullable String comment) {
        var spec = db.sql(
                        """
                        update inbound_log set correlated = true, notification_id = :notification,
                            attached_by = :operator, attached_at = now(), attach_comment = :comment
                        where id = :id and correlated = false and attached_by is null returning *""")
                .bind("id", id)
                .bind("notification", notificationId)
                .bind("operator", operator);
        spec = comment == null ? spec.bindNull("comment", String.class) : spec.bind("comment", comment);
        return spec.map(this::record).one();
    }

    /** Gives a claimed entry back when its answer could not be published. */
    Mono<Void> release(long id, String operator) {
        return db.sql(
                        """
                        update inbound_log set correlated = false, notification_id = null, attached_by = null,
                            attached_at = null, attach_comment = null where id = :id and attached_by = :operator""")
                .bind("id", id)
                .bind("operator", operator)
                .then();
    }

    private DatabaseClient.GenericExecuteSpec filtered(String sql, @Nullable Boolean correlated) {
        var spec = db.sql(sql);
        return correlated == null ? spec.bindNull("correlated", Boolean.class) : spec.bind("correlated", correlated);
    }

    private InboundRecord record(Readable row) {
        return new InboundRecord(
                row.get("id", Long.class),
                row.get("received_at", Instant.class),
                row.get("kind", String.class),
                row.get("provider_reference", String.class),
                json.readValue(row.get("params", Json.class).asString(), PARAMS),
                row.get("correlated", Boolean.class),
                row.get("outcome", String.class),
                row.get("notification_id", UUID.class),
                row.get("attached_by", String.class),
                row.get("attached_at", Instant.class));
    }
}
