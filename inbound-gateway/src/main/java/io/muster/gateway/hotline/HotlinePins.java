package io.muster.gateway.hotline;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The hotline PINs of the directory (table {@code hotline_pins}): only their bcrypt hashes, the latest per person
 * (an older event arriving late never replaces a newer PIN). Checking one costs a bcrypt comparison, so it runs off
 * the event loop.
 */
@Repository
class HotlinePins {

    private final DatabaseClient db;
    private final PasswordEncoder encoder;

    HotlinePins(DatabaseClient db, PasswordEncoder encoder) {
        this.db = db;
        this.encoder = encoder;
    }

    Mono<Void> changed(HotlinePinChanged event) {
        return db.sql(
                        """
                        insert into hotline_pins (person_id, pin_hash, changed_at, event_id)
                        values (:person, :hash, :at, :event)
                        on conflict (person_id) do update set pin_hash = excluded.pin_hash,
                            changed_at = excluded.changed_at, event_id = excluded.event_id
                        where hotline_pins.changed_at <= excluded.changed_at""")
                .bind("person", event.personId())
                .bind("hash", event.pinHash())
                .bind("at", event.occurredAt())
                .bind("event", event.eventId())
                .then();
    }

    /** Whether {@code digits} is the person's PIN; false when they have none. */
    Mono<Boolean> matches(UUID personId, String digits) {
        return db.sql("select pin_hash from hotline_pins where person_id = :person")
                .bind("person", personId)
                .map(row -> row.get("pin_hash", String.class))
                .one()
                .publishOn(Schedulers.boundedElastic())
                .map(hash -> encoder.matches(digits, hash))
                .defaultIfEmpty(false);
    }
}
