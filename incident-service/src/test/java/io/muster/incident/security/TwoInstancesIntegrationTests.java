package io.muster.incident.security;

import io.muster.incident.IncidentServiceApplication;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.RealInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of the incident-service on one database, as in production: the test context and a second
 * application context started beside it. What one instance decides about a login holds on the other at
 * once: a login disabled or given a new password on one no longer signs in on the other (even though the
 * other remembered its credentials a moment ago), and failed logins on one count on the other.
 */
@IncidentServiceIntegrationTest
class TwoInstancesIntegrationTests {

    private static final String ADMIN_PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String PASSWORD = "a-password-of-some-length";

    private static ConfigurableApplicationContext secondInstance;
    private static WebTestClient other;

    @Autowired
    WebTestClient one;

    private String username;

    @BeforeAll
    static void startASecondInstance() {
        secondInstance = new SpringApplicationBuilder(IncidentServiceApplication.class)
                .initializers(new RealInfrastructure())
                // as command-line arguments, as an instance gets them: they take precedence over application.yml
                .run(
                        "--server.port=0",
                        "--muster.subscribers.secret=" + IncidentServiceIntegrationTest.SUBSCRIBERS_SECRET,
                        // its consumers would only move the test context's partitions around; the HTTP side is tested
                        "--spring.kafka.listener.auto-startup=false");
        int port = secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        other = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @BeforeEach
    void freshLogin() {
        one = one.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        username = "two-" + UUID.randomUUID().toString().substring(0, 8);
        admin(
                        HttpMethod.POST,
                        "/api/logins",
                        Map.of("username", username, "password", PASSWORD, "roles", List.of("TEAM")))
                .isCreated();
    }

    @Test
    void aLoginDisabledOnOneInstanceNoLongerSignsInOnTheOther() {
        session(other, PASSWORD).isOk();
        session(other, PASSWORD).isOk(); // remembered there now

        admin(HttpMethod.POST, "/api/logins/" + username + "/disable", null).isOk();

        session(other, PASSWORD).isUnauthorized();
        session(one, PASSWORD).isUnauthorized();
    }

    @Test
    void aPasswordResetOnOneInstanceRetiresTheOldPasswordOnTheOther() {
        session(other, PASSWORD).isOk();

        admin(HttpMethod.PUT, "/api/logins/" + username + "/password", Map.of("password", "another-long-password"))
                .isNoContent();

        session(other, PASSWORD).isUnauthorized();
        session(other, "another-long-password").isOk();
    }

    @Test
    void newRolesOnOneInstanceApplyOnTheOtherAtOnce() {
        session(other, PASSWORD).isOk();
        other.get()
                .uri("/api/logins")
                .headers(h -> h.setBasicAuth(username, PASSWORD))
                .exchange()
                .expectStatus()
                .isForbidden();

        admin(HttpMethod.PUT, "/api/logins/" + username + "/roles", Map.of("roles", List.of("ADMIN")))
                .isOk();

        other.get()
                .uri("/api/logins")
                .headers(h -> h.setBasicAuth(username, PASSWORD))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void failedLoginsOnOneInstanceCountOnTheOther() {
        for (int i = 0; i < 5; i++) {
            session(one, "wrong-password-" + i).isUnauthorized();
        }

        session(other, PASSWORD).isEqualTo(429);
    }

    private StatusAssertions session(WebTestClient instance, String password) {
        return instance.get()
                .uri("/api/session")
                .headers(h -> h.setBasicAuth(username, password))
                .exchange()
                .expectStatus();
    }

    private StatusAssertions admin(HttpMethod method, String path, Object body) {
        var request = one.method(method).uri(path).headers(h -> h.setBasicAuth("admin", ADMIN_PASSWORD));
        var spec = body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        return spec.exchange().expectStatus();
    }
}
