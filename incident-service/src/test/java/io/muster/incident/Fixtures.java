package io.muster.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds directory states for tests, with fresh ids so that test classes never meet. */
public final class Fixtures {

    /** A person created by a fixture. */
    public record TestPerson(UUID id, String employeeId, String phone, String email) {}

    private final JdbcClient db;

    public Fixtures(JdbcClient db) {
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
        db.sql("INSERT INTO people (id, employee_id, display_name, phone, email, locale) VALUES (?, ?, ?, ?, ?, 'en')")
                .params(id, employeeId, "Test " + employeeId, phone, email)
                .update();
        db.sql("INSERT INTO roles (name) VALUES (?) ON CONFLICT DO NOTHING")
                .param(role)
                .update();
        db.sql("INSERT INTO person_roles (person_id, role) VALUES (?, ?)")
                .params(id, role)
                .update();
        return new TestPerson(id, employeeId, phone, email);
    }

    /** Sets a column of a person's directory entry (deputy_id, channels, quiet hours, time zone, site). */
    public void set(TestPerson person, String column, Object value) {
        db.sql("UPDATE people SET " + column + " = ? WHERE id = ?")
                .params(value, person.id())
                .update();
    }

    public static String freshRole() {
        return "Role " + UUID.randomUUID();
    }

    public long count(String sql, Object parameter) {
        return db.sql(sql).param(parameter).query(Long.class).single();
    }
}
