package io.muster.incident.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@IncidentServiceIntegrationTest
class DemoSeedIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    DemoSeed seed;

    @Test
    void theDemoOrganisationIsInTheDirectory() {
        http.get()
                .uri("/api/people?q=E0&size=100")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.employeeId == 'E001')].name")
                .isEqualTo("Ada Lovelace")
                .jsonPath("$[?(@.employeeId == 'E001')].site")
                .isEqualTo("Riverside HQ")
                .jsonPath("$[?(@.employeeId == 'E001')].roles[*]")
                .value(roles -> assertThat(roles.toString()).contains("Incident Team", "Staff"))
                .jsonPath("$[?(@.employeeId == 'E050')].phone")
                .isEqualTo("+15550100050")
                .jsonPath("$[?(@.employeeId == 'E024')].email")
                .isEqualTo("zoe.muller@demo.muster.local");
    }

    @Test
    void seedingAgainChangesNothing() {
        long before = rows();
        seed.run(new DefaultApplicationArguments());
        assertThat(rows()).isEqualTo(before);
        // The demo's employee ids exactly (E001-E050): other tests' people may start with E0 too.
        assertThat(count("SELECT count(*) FROM people WHERE employee_id ~ '^E0[0-9]{2}$'"))
                .isEqualTo(50);
        assertThat(
                        count(
                                "SELECT count(*) FROM sites WHERE alternate_site_id IS NOT NULL AND name IN ('Riverside HQ', 'Hilltop Depot')"))
                .isEqualTo(2);
        assertThat(
                        count(
                                "SELECT count(*) FROM app_users WHERE person_id IS NOT NULL AND username IN ('commander', 'commander2', 'team', 'hr', 'spokesperson', 'employee', 'admin')"))
                .isEqualTo(7);
        // A second commander, so that command can be handed over on a fresh demo.
        assertThat(count("SELECT count(*) FROM app_users WHERE username = 'commander2' AND roles = '{COMMANDER}'"))
                .isEqualTo(1);
    }

    private long rows() {
        return count("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM person_roles)"
                + " + (SELECT count(*) FROM sites) + (SELECT count(*) FROM app_users)");
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
