package io.muster.gateway.lease;

import java.time.Duration;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Work that one gateway instance at a time does (reading the reply mailbox): the instance holding a name's lease
 * does it and renews the lease as it goes; another takes over once the lease lapses (its holder stopped without
 * releasing it, or was killed). Table {@code leases}; times are the database's, so the instances' clocks do not
 * matter.
 */
@Component
public class Leases {

    private final DatabaseClient db;
    private final String holder = "gateway-" + UUID.randomUUID();

    Leases(DatabaseClient db) {
        this.db = db;
    }

    /** Takes or renews the lease on {@code name} for {@code duration}; true when this instance holds it. */
    public Mono<Boolean> hold(String name, Duration duration) {
        return db.sql(
                        """
                        insert into leases (name, holder, held_until)
                        values (:name, :holder, clock_timestamp() + :millis * interval '1 millisecond')
                        on conflict (name) do update set holder = excluded.holder, held_until = excluded.held_until
                        where leases.holder = excluded.holder or leases.held_until < clock_timestamp()
                        returning holder""")
                .bind("name", name)
                .bind("holder", holder)
                .bind("millis", duration.toMillis())
                .map(row -> Boolean.TRUE)
                .one()
                .defaultIfEmpty(Boolean.FALSE);
    }

    /** Gives the lease on {@code name} up, if this instance holds it, so another instance takes over at once. */
    public Mono<Void> release(String name) {
        return db.sql("delete from leases where name = :name and holder = :holder")
                .bind("name", name)
                .bind("holder", holder)
                .then();
    }
}
