package io.muster.gateway.hotline;

import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The hotline PINs of the directory (table {@code hotline_pins}): only their bcrypt hashes and the employee id each
 * was set for, the latest per person (an older event arriving late never replaces a newer PIN). Checking one costs a bcrypt comparison, so it runs off
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
        GenericExecuteSpec spec = db.sql(
                        """
                        insert into hotline_pins (person_id, pin_hash, changed_at, event_id, employee_id,
                            employee_digits)
                        values (:person, :hash, :at, :event, :employee, :digits)
                        on conflict (person_id) do update set pin_hash = excluded.pin_hash,
                            changed_at = excluded.changed_at, event_id = excluded.event_id,
                            employee_id = coalesce(excluded.employee_id, hotline_pins.employee_id),
                            employee_digits = coalesce(excluded.employee_digits, hotline_pins.employee_digits)
                        where hotline_pins.changed_at <= excluded.changed_at""")
                .bind("person", event.personId())
                .bind("hash", event.pinHash())
                .bind("at", event.occurredAt())
                .bind("event", event.eventId());
        spec = event.employeeId() == null
                ? spec.bindNull("employee", String.class).bindNull("digits", String.class)
                : spec.bind("employee", event.employeeId()).bind("digits", event.employeeDigits());
        return spec.then();
    }

    /**
     * The people whose PIN was set for an employee id of these keypad digits: how a caller in no open incident (a
     * commander about to launch a scenario) is found.
     */
    Mono<List<UUID>> byEmployeeDigits(String digits) {
        return db.sql("select person_id from hotline_pins where employee_digits = :digits")
                .bind("digits", digits)
                .map(row -> row.get("person_id", UUID.class))
                .all()
                .collectList();
    }

    /** The employee id the person's PIN was set for (empty before the PIN events carried it). */
    Mono<String> employeeId(UUID personId) {
        return db.sql("select employee_id from hotline_pins where person_id = :person and employee_id is not null")
                .bind("person", personId)
                .map(row -> row.get("employee_id", String.class))
                .one();
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
