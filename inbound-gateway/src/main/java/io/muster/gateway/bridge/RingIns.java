package io.muster.gateway.bridge;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The members operators rang into a bridge, by request key (table {@code bridge_ring_ins}). */
@Repository
class RingIns {

    /** One request to ring a member in; {@code callSid} null while the call is being placed. */
    record RingIn(String requestKey, UUID incidentId, UUID personId, @Nullable String callSid) {}

    private final DatabaseClient db;

    RingIns(DatabaseClient db) {
        this.db = db;
    }

    /** True when this key is new (the caller is to place the call), false when it was taken before. */
    Mono<Boolean> claim(String key, UUID incidentId, UUID personId, String operator) {
        return db.sql(
                        """
                        insert into bridge_ring_ins (request_key, incident_id, person_id, requested_by)
                        values (:key, :incident, :person, :operator)
                        on conflict (request_key) do nothing""")
                .bind("key", key)
                .bind("incident", incidentId)
                .bind("person", personId)
                .bind("operator", operator)
                .fetch()
                .rowsUpdated()
                .map(rows -> rows == 1);
    }

    Mono<RingIn> find(String key) {
        return db.sql(
                        "select request_key, incident_id, person_id, call_sid from bridge_ring_ins where request_key = :key")
                .bind("key", key)
                .map(row -> new RingIn(
                        row.get("request_key", String.class),
                        row.get("incident_id", UUID.class),
                        row.get("person_id", UUID.class),
                        row.get("call_sid", String.class)))
                .one();
    }

    Mono<Void> placed(String key, String callSid) {
        return db.sql("update bridge_ring_ins set call_sid = :sid where request_key = :key")
                .bind("sid", callSid)
                .bind("key", key)
                .then();
    }

    /** A call that could not be placed frees its key, so the operator can try again with it. */
    Mono<Void> release(String key) {
        return db.sql("delete from bridge_ring_ins where request_key = :key and call_sid is null")
                .bind("key", key)
                .then();
    }
}
