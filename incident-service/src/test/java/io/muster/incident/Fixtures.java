package io.muster.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/** Builds directory states for tests, with fresh ids so that test classes never meet. */
public final class Fixtures {

    /** A person created by a fixture. */
    public record TestPerson(UUID id, String employeeId, String phone, String email) {}

    private final DatabaseClient db;

    public Fixtures(DatabaseClient db) {
        this.db = db;
    }

    /** {@code count} people with a phone and an email, all in a role nobody else has. */
    public List<TestPerson> peopleInRole(String role, int count) {
        List<TestPerson> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(person(role, "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999)), true));
        }
        return people;
    }

    public TestPerson person(String role, String phone, boolean withEmail) {
        UUID id = UUID.randomUUID();
        String employeeId = "T-" + id.toString().substring(0, 8);
        String email = withEmail ? employeeId.toLowerCase() + "@test.muster.local" : null;
        var insert = db.sql(
                        "INSERT INTO people (id, employee_id, display_name, phone, email, locale) VALUES ($1, $2, $3, $4, $5, 'en')")
                .bind(0, id)
                .bind(1, employeeId)
                .bind(2, "Test " + employeeId)
                .bind(3, phone);
        insert = email == null ? insert.bindNull(4, String.class) : insert.bind(4, email);
        insert.then().block();
        db.sql("INSERT INTO roles (name) VALUES ($1) ON CONFLICT DO NOTHING")
                .bind(0, role)
                .then()
                .block();
        db.sql("INSERT INTO person_roles (person_id, role) VALUES ($1, $2)")
                .bind(0, id)
                .bind(1, role)
                .then()
                .block();
        return new TestPerson(id, employeeId, phone, email);
    }

    /** Sets a column of a person's directory entry (deputy_id, channels, quiet hours, time zone, site). */
    public void set(TestPerson person, String column, Object value) {
        db.sql("UPDATE people SET " + column + " = $1 WHERE id = $2")
                .bind(0, value)
                .bind(1, person.id())
                .then()
                .block();
    }

    public static String freshRole() {
        return "Role " + UUID.randomUUID();
    }

    public long count(String sql, Object parameter) {
        return db.sql(sql)
                .bind(0, parameter)
                .map((row, meta) -> row.get(0, Long.class))
                .one()
                .block();
    }
}
