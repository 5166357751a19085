package io.muster.gateway.bridge;

import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Who was invited to which incident's bridge (table {@code bridge_members}, one row per request). */
@Repository
class BridgeMembers {

    /** A person invited to a bridge, as their latest request in the incident names them. */
    record Member(
            UUID personId,
            @Nullable String displayName,
            @Nullable String phone,
            @Nullable String employeeId,
            @Nullable String locale) {}

    private static final String LATEST =
            """
            select distinct on (person_id) person_id, display_name, phone, employee_id, locale from bridge_members
            where incident_id = :incident %s order by person_id, created_at desc""";

    private final DatabaseClient db;

    BridgeMembers(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> save(InvitedMember member) {
        GenericExecuteSpec spec = db.sql(
                        """
                        insert into bridge_members (notification_id, incident_id, person_id, employee_id,
                            employee_digits, display_name, locale, phone, exercise)
                        values (:notification, :incident, :person, :employee, :digits, :name, :locale, :phone,
                            :exercise)
                        on conflict (notification_id) do nothing""")
                .bind("notification", member.notificationId())
                .bind("incident", member.incidentId())
                .bind("person", member.personId())
                .bind("exercise", Boolean.TRUE.equals(member.exercise()));
        spec = nullable(spec, "employee", member.employeeId());
        spec = nullable(spec, "digits", member.employeeDigits());
        spec = nullable(spec, "name", member.displayName());
        spec = nullable(spec, "locale", member.locale());
        spec = nullable(spec, "phone", member.phone());
        return spec.then();
    }

    Mono<Boolean> invited(UUID incidentId, UUID personId) {
        return db.sql("select 1 from bridge_members where incident_id = :incident and person_id = :person limit 1")
                .bind("incident", incidentId)
                .bind("person", personId)
                .map(row -> true)
                .first()
                .defaultIfEmpty(false);
    }

    /** Whether the person's invitation to the incident's bridge was for an exercise (false when not invited). */
    Mono<Boolean> exercise(UUID incidentId, UUID personId) {
        return db.sql(
                        """
                        select exercise from bridge_members where incident_id = :incident and person_id = :person
                        order by created_at desc limit 1""")
                .bind("incident", incidentId)
                .bind("person", personId)
                .map(row -> Boolean.TRUE.equals(row.get("exercise", Boolean.class)))
                .first()
                .defaultIfEmpty(false);
    }

    /** The invited person (as their latest request in the incident names them). */
    Mono<Member> byPerson(UUID incidentId, UUID personId) {
        return db.sql(LATEST.formatted("and person_id = :person"))
                .bind("incident", incidentId)
                .bind("person", personId)
                .map(BridgeMembers::member)
                .first();
    }

    /** Everyone invited to the incident's bridge. */
    Mono<List<Member>> of(UUID incidentId) {
        return db.sql(LATEST.formatted(""))
                .bind("incident", incidentId)
                .map(BridgeMembers::member)
                .all()
                .collectList();
    }

    /** The invited person with this employee id (matched on its digits, as typed on a keypad). */
    Mono<Member> byEmployeeId(UUID incidentId, String employeeId) {
        return db.sql(LATEST.formatted("and employee_digits = :digits"))
                .bind("incident", incidentId)
                .bind("digits", employeeId.replaceAll("\\D", ""))
                .map(BridgeMembers::member)
                .first();
    }

    private static Member member(Readable row) {
        return new Member(
                row.get("person_id", UUID.class),
                row.get("display_name", String.class),
                row.get("phone", String.class),
                row.get("employee_id", String.class),
                row.get("locale", String.class));
    }

    private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, @Nullable String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }
}
