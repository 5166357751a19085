package io.muster.incident.pin;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.pin.HotlinePinChanged.SetBy;
import io.muster.incident.storage.Jdbc;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sets and resets hotline PINs: the bcrypt hash, its audit entry (never the PIN) and the HotlinePinChanged event
 * for the gateway are written in one transaction, so the hotline never knows a PIN the record does not.
 */
@Component
class HotlinePins {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final PinTopicProperties topics;
    private final JsonMapper json;
    private final Clock clock;

    HotlinePins(
            Jdbc jdbc,
            PasswordEncoder encoder,
            AuditTrail audit,
            Outbox outbox,
            OutboxRelay relay,
            PinTopicProperties topics,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.outbox = outbox;
        this.relay = relay;
        this.topics = topics;
        this.json = json;
        this.clock = clock;
    }

    Mono<PinStatus> status(UUID personId) {
        return jdbc.transactional(() -> jdbc.client()
                .sql("SELECT set_by, set_at FROM hotline_pins WHERE person_id = ?")
                .param(personId)
                .query((rs, n) -> new PinStatus(
                        true, rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
                .optional()
                .orElse(PinStatus.NONE));
    }

    /** The person's own PIN, checked against {@link PinRules}. */
    Mono<Void> set(UUID personId, @Nullable String pin, String actor) {
        return jdbc.transactional(() -> {
                    String employeeId = employeeId(personId);
                    store(personId, employeeId, PinRules.checked(pin, employeeId), SetBy.PERSON, actor);
                    return true;
                })
                .doOnSuccess(done -> relay.wake())
                .then();
    }

    /** A new random PIN for the person, returned once to whoever reset it. */
    Mono<NewPin> reset(UUID personId, String actor) {
        return jdbc.transactional(() -> {
                    String employeeId = employeeId(personId);
                    String pin = randomPin(employeeId);
                    store(personId, employeeId, pin, SetBy.HR, actor);
                    return new NewPin(personId, employeeId, pin);
                })
                .doOnSuccess(done -> relay.wake());
    }

    private void store(UUID personId, String employeeId, String pin, SetBy setBy, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = encoder.encode(pin);
        jdbc.client()
                .sql(
                        """
                        INSERT INTO hotline_pins (person_id, pin_hash, set_by, set_at, changed_by) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (person_id) DO UPDATE SET pin_hash = excluded.pin_hash, set_by = excluded.set_by,
                            set_at = excluded.set_at, changed_by = excluded.changed_by""")
                .params(personId, hash, setBy.name(), Timestamp.from(now), actor)
                .update();
        String action = setBy == SetBy.PERSON ? "HOTLINE_PIN_SET" : "HOTLINE_PIN_RESET";
        audit.record(null, actor, action, personId.toString(), Map.of("employeeId", employeeId));
        HotlinePinChanged event = HotlinePinChanged.of(personId, employeeId, hash, setBy, now);
        outbox.append(new OutboxMessage(topics.hotlinePins(), personId.toString(), json.writeValueAsString(event)));
    }

    private String employeeId(UUID personId) {
        return jdbc.client()
                .sql("SELECT employee_id FROM people WHERE id = ?")
                .param(personId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new PinProblems.PersonNotFound(personId));
    }

    /** Six random digits that {@link PinRules} accept (a few draws at most). */
    private static String randomPin(String employeeId) {
        while (true) {
            String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
            try {
                return PinRules.checked(pin, employeeId);
            } catch (io.muster.incident.web.InvalidFields weak) {
                // draw again
            }
        }
    }
}
