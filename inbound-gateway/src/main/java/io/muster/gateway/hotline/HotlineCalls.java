package io.muster.gateway.hotline;

import io.r2dbc.postgresql.codec.Json;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hotline's calls (who called, whom we identified) and the raw log of their keypad webhooks, whose unique
 * (call, step) key makes a replayed webhook answer the same TwiML and do nothing else.
 */
@Repository
class HotlineCalls {

    /** One logged step; {@code reply} is set once an earlier delivery of it was fully handled. */
    record Step(long id, @Nullable String reply) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    HotlineCalls(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> started(String callSid, String callerNumber) {
        return db.sql(
                        """
                        insert into hotline_calls (call_sid, caller_number) values (:call, :caller)
                        on conflict (call_sid) do nothing""")
                .bind("call", callSid)
                .bind("caller", callerNumber)
                .then();
    }

    /** The call is {@code personId}'s, proven by {@code method}: "number", "pin" or "reply-code". */
    Mono<Void> identified(String callSid, String callerNumber, UUID personId, String method) {
        return db.sql(
                        """
                        insert into hotline_calls (call_sid, caller_number, person_id, verified_by)
                        values (:call, :caller, :person, :method)
                        on conflict (call_sid) do update set person_id = excluded.person_id,
                            verified_by = excluded.verified_by""")
                .bind("call", callSid)
                .bind("caller", callerNumber)
                .bind("person", personId)
                .bind("method", method)
                .then();
    }

    /** The caller typed an employee id: whom it names (null: nobody, or several people), not yet proven. */
    Mono<Void> claimed(String callSid, String callerNumber, @Nullable UUID personId) {
        var spec = db.sql(
                        """
                        insert into hotline_calls (call_sid, caller_number, claimed_person_id)
                        values (:call, :caller, :person)
                        on conflict (call_sid) do update set claimed_person_id = excluded.claimed_person_id""")
                .bind("call", callSid)
                .bind("caller", callerNumber);
        return (personId == null ? spec.bindNull("person", UUID.class) : spec.bind("person", personId)).then();
    }

    /** Whom the caller claimed to be; empty when they named nobody (or the call is unknown). */
    Mono<Optional<UUID>> claimedPerson(String callSid) {
        return db.sql("select claimed_person_id from hotline_calls where call_sid = :call")
                .bind("call", callSid)
                .map(row -> Optional.ofNullable(row.get("claimed_person_id", UUID.class)))
                .one()
                .defaultIfEmpty(Optional.empty());
    }

    /** Whether the call was identified (by number or by proof) as this person: nobody else acts in their name. */
    Mono<Boolean> identifiedAs(String callSid, UUID personId) {
        return db.sql("select 1 from hotline_calls where call_sid = :call and person_id = :person")
                .bind("call", callSid)
                .bind("person", personId)
                .mapValue(Integer.class)
                .all()
                .hasElements();
    }

    /** The number a call came from; empty for a call the hotline never answered. */
    Mono<String> callerNumber(String callSid) {
        return db.sql("select caller_number from hotline_calls where call_sid = :call")
                .bind("call", callSid)
                .map(row -> row.get("caller_number", String.class))
                .one();
    }

    Mono<Step> receive(String callSid, String step, Map<String, String> params) {
        return db.sql(
                        """
                        insert into hotline_log (call_sid, step, params) values (:call, :step, :params)
                        on conflict (call_sid, step) do update set step = excluded.step returning id, reply""")
                .bind("call", callSid)
                .bind("step", step)
                .bind("params", Json.of(json.writeValueAsString(params)))
                .map(row -> new Step(row.get("id", Long.class), row.get("reply", String.class)))
                .one();
    }

    Mono<Void> handled(long id, String outcome, String reply) {
        return db.sql("update hotline_log set outcome = :outcome, reply = :reply where id = :id")
                .bind("id", id)
                .bind("outcome", outcome)
                .bind("reply", reply)
                .then();
    }
}
