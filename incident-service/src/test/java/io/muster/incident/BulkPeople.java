package io.muster.incident;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many people in a fresh role, inserted by PostgreSQL itself (generate_series): for benchmarks and
 * tests that need thousands of people. Employee ids are {@code prefix + n} (n from 1), phones
 * {@code phonePrefix + n} padded to E.164.
 */
public record BulkPeople(String role, String prefix) {

    /** @param phonePrefix "+1" and three digits, different per test class so numbers never clash */
    public static BulkPeople inFreshRole(JdbcClient jdbc, int size, String phonePrefix) {
        String role = Fixtures.freshRole();
        String prefix = "BP-" + role.substring(5, 13) + "-";
        jdbc.sql("INSERT INTO roles (name) VALUES (?)").param(role).update();
        jdbc.sql(
                        """
                        INSERT INTO people (id, employee_id, display_name, phone, phones, email, locale)
                        SELECT gen_random_uuid(), ? || g, 'Person ' || g, ? || lpad(g::text, 7, '0'),
                               ARRAY[? || lpad(g::text, 7, '0')], 'p' || g || '@example.org', 'en'
                        FROM generate_series(1, ?) g
                        """)
                .param(prefix)
                .param(phonePrefix)
                .param(phonePrefix)
                .param(size)
                .update();
        jdbc.sql("INSERT INTO person_roles (person_id, role) SELECT id, ? FROM people WHERE employee_id LIKE ?")
                .param(role)
                .param(prefix + "%")
                .update();
        return new BulkPeople(role, prefix);
    }

    public String employeeId(int n) {
        return prefix + n;
    }
}
