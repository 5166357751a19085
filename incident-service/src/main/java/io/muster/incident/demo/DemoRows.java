package io.muster.incident.demo;

import io.muster.incident.storage.Jdbc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Inserts demo rows, leaving any that already exist untouched; blocking, for the startup seed. */
@Component
@ConditionalOnBooleanProperty("muster.demo.enabled")
class DemoRows {

    private final Jdbc jdbc;

    DemoRows(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Sites, people and logins in one transaction. */
    void seed(List<DemoPerson> people, List<DemoUser> users, String passwordHash) {
        jdbc.inTransaction(() -> {
            sites();
            people.forEach(this::person);
            users.forEach(user -> user(user, passwordHash));
            return null;
        });
    }

    private void sites() {
        // One statement, so that each site can name the other as its alternate.
        client().sql(
                        """
                        INSERT INTO sites (id, name, address, alternate_site_id)
                        VALUES (:riverside, :riversideName, '1 River Road', :hilltop),
                               (:hilltop, :hilltopName, '9 Hill Lane', :riverside)
                        ON CONFLICT DO NOTHING
                        """)
                .param("riverside", siteId(DemoDirectory.RIVERSIDE))
                .param("riversideName", DemoDirectory.RIVERSIDE)
                .param("hilltop", siteId(DemoDirectory.HILLTOP))
                .param("hilltopName", DemoDirectory.HILLTOP)
                .update();
    }

    private void person(DemoPerson p) {
        client().sql(
                        """
                        INSERT INTO people (id, employee_id, display_name, phone, email, locale, site_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                .params(p.id(), p.employeeId(), p.displayName(), p.phone(), p.email(), p.locale(), siteId(p.site()))
                .update();
        String[] roles = p.roles().toArray(String[]::new);
        client().sql("INSERT INTO roles (name) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING")
                .param(roles)
                .update();
        client().sql("INSERT INTO person_roles (person_id, role) SELECT ?, unnest(?::text[]) ON CONFLICT DO NOTHING")
                .params(p.id(), roles)
                .update();
    }

    private void user(DemoUser u, String passwordHash) {
        client().sql(
                        """
                        INSERT INTO app_users (username, password_hash, roles, person_id)
                        SELECT ?, ?, ARRAY[?], id FROM people WHERE employee_id = ?
                        ON CONFLICT DO NOTHING
                        """)
                .params(u.username(), passwordHash, u.role(), u.employeeId())
                .update();
    }

    private JdbcClient client() {
        return jdbc.client();
    }

    static UUID siteId(String name) {
        return UUID.nameUUIDFromBytes(("muster-demo-site-" + name).getBytes(StandardCharsets.UTF_8));
    }
}
