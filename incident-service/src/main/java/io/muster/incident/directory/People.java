package io.muster.incident.directory;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Everyone in the directory, with their site and roles. */
@Component
class People {

    private static final String ALL =
            """
            SELECT p.id, p.employee_id, p.display_name, s.name AS site, p.phone, p.email, p.locale,
                   coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
            FROM people p
            LEFT JOIN sites s ON s.id = p.site_id
            LEFT JOIN person_roles r ON r.person_id = p.id
            GROUP BY p.id, s.name
            ORDER BY p.employee_id
            """;

    private final DatabaseClient db;

    People(DatabaseClient db) {
        this.db = db;
    }

    Flux<PersonView> all() {
        return db.sql(ALL)
                .map((row, meta) -> new PersonView(
                        row.get("id", UUID.class),
                        row.get("employee_id", String.class),
                        row.get("display_name", String.class),
                        row.get("site", String.class),
                        List.copyOf(Arrays.asList(row.get("roles", String[].class))),
                        row.get("phone", String.class),
                        row.get("email", String.class),
                        row.get("locale", String.class)))
                .all();
    }
}
