package io.muster.incident.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Inserts demo rows, leaving any that already exist untouched. */
@Component
@ConditionalOnBooleanProperty("muster.demo.enabled")
class DemoRows {

    private final DatabaseClient db;

    DemoRows(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> sites() {
        // One statement, so that each site can name the other as its alternate.
        return db.sql(
                        """
                        INSERT INTO sites (id, name, address, alternate_site_id)
                        VALUES ($1, $2, '1 River Road', $3), ($3, $4, '9 Hill Lane', $1)
                        ON CONFLICT DO NOTHING
                        """)
                .bind(0, siteId(DemoDirectory.RIVERSIDE))
                .bind(1, DemoDirectory.RIVERSIDE)
                .bind(2, siteId(DemoDirectory.HILLTOP))
                .bind(3, DemoDirectory.HILLTOP)
                .then();
    }

    Mono<Void> people(List<DemoPerson> people) {
        return Flux.fromIterable(people).concatMap(this::person).then();
    }

    private Mono<Void> person(DemoPerson p) {
        return db.sql(
                        """
                        INSERT INTO people (id, employee_id, display_name, phone, email, locale, site_id)
                        VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING
                        """)
                .bind(0, p.id())
                .bind(1, p.employeeId())
                .bind(2, p.displayName())
                .bind(3, p.phone())
                .bind(4, p.email())
                .bind(5, p.locale())
                .bind(6, siteId(p.site()))
                .then()
                .then(db.sql("INSERT INTO roles (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING")
                        .bind(0, p.roles().toArray(String[]::new))
                        .then())
                .then(db.sql(
                                "INSERT INTO person_roles (person_id, role) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING")
                        .bind(0, p.id())
                        .bind(1, p.roles().toArray(String[]::new))
                        .then());
    }

    Mono<Void> users(List<DemoUser> users, String passwordHash) {
        return Flux.fromIterable(users)
                .concatMap(u -> db.sql(
                                """
                                INSERT INTO app_users (username, password_hash, roles, person_id)
                                SELECT $1, $2, ARRAY[$3], id FROM people WHERE employee_id = $4
                                ON CONFLICT DO NOTHING
                                """)
                        .bind(0, u.username())
                        .bind(1, passwordHash)
                        .bind(2, u.role())
                        .bind(3, u.employeeId())
                        .then())
                .then();
    }

    static UUID siteId(String name) {
        return UUID.nameUUIDFromBytes(("muster-demo-site-" + name).getBytes(StandardCharsets.UTF_8));
    }
}
