package io.muster.incident.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Resolves a notification list into people, with one query for the people and one for the roles. */
@Component
public class Directory {

    private static final String PEOPLE_NAMED =
            """
            SELECT p.id, p.employee_id, p.display_name, p.phone, p.email, p.locale FROM people p
            WHERE p.id = ANY($1::uuid[]) OR p.employee_id = ANY($2::text[])
               OR EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = ANY($3::text[]))
            ORDER BY p.employee_id
            """;

    private final DatabaseClient db;

    Directory(DatabaseClient db) {
        this.db = db;
    }

    /** Everyone the targets name, or {@link UnknownTargets} when some name matches nothing. */
    public Mono<List<Person>> resolve(Targets targets) {
        return Mono.zip(peopleNamedBy(targets), existingRoles(targets.roles()))
                .map(found -> requireAllKnown(targets, found.getT1(), found.getT2()));
    }

    private Mono<List<Person>> peopleNamedBy(Targets targets) {
        return db.sql(PEOPLE_NAMED)
                .bind(0, targets.personIds().toArray(UUID[]::new))
                .bind(1, targets.employeeIds().toArray(String[]::new))
                .bind(2, targets.roles().toArray(String[]::new))
                .map((row, meta) -> new Person(
                        row.get("id", UUID.class),
                        row.get("employee_id", String.class),
                        row.get("display_name", String.class),
                        row.get("phone", String.class),
                        row.get("email", String.class),
                        row.get("locale", String.class)))
                .all()
                .collectList();
    }

    private Mono<Set<String>> existingRoles(List<String> roles) {
        return db.sql("SELECT DISTINCT role FROM person_roles WHERE role = ANY($1::text[])")
                .bind(0, roles.toArray(String[]::new))
                .map((row, meta) -> row.get("role", String.class))
                .all()
                .collect(Collectors.toSet());
    }

    private static List<Person> requireAllKnown(Targets targets, List<Person> people, Set<String> roles) {
        Set<UUID> ids = people.stream().map(Person::id).collect(Collectors.toSet());
        Set<String> employeeIds = people.stream().map(Person::employeeId).collect(Collectors.toSet());
        var unknownIds = targets.personIds().stream()
                .filter(id -> !ids.contains(id))
                .distinct()
                .toList();
        var unknownEmployees = targets.employeeIds().stream()
                .filter(e -> !employeeIds.contains(e))
                .distinct()
                .toList();
        var unknownRoles = targets.roles().stream()
                .filter(r -> !roles.contains(r))
                .distinct()
                .toList();
        if (unknownIds.isEmpty() && unknownEmployees.isEmpty() && unknownRoles.isEmpty()) {
            return people;
        }
        throw new UnknownTargets(unknownIds, unknownEmployees, unknownRoles);
    }
}
