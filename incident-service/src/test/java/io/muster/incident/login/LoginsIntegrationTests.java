package io.muster.incident.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admins manage logins through the API: create, sign in, roles, password reset, disable; all audited. */
@IncidentServiceIntegrationTest
class LoginsIntegrationTests {

    private static final String ADMIN_PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String PASSWORD = "a-password-of-some-length";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    private String username;

    @BeforeEach
    void freshName() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        username = "login-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminCreatesALoginThatSignsInWithItsRolesAndNeverSeesAPassword() {
        JsonNode created = admin(HttpMethod.POST, "/api/logins", newLogin(List.of("COMMANDER"), "E003"), 201);

        assertThat(created.get("username").asString()).isEqualTo(username);
        assertThat(created.get("employeeId").asString()).isEqualTo("E003");
        assertThat(created.toString())
                .doesNotContain(PASSWORD)
                .doesNotContain("password_hash")
                .doesNotContain("{bcrypt}");
        JsonNode session = session(username, PASSWORD, 200);
        assertThat(session.get("roles").valueStream().map(JsonNode::asString)).containsExactly("COMMANDER");
        assertThat(admin(HttpMethod.GET, "/api/logins", null, 200).toString())
                .contains(username)
                .doesNotContain(PASSWORD)
                .doesNotContain("$2a$");
        assertThat(auditOf(username))
                .contains("LOGIN_CREATED")
                .doesNotContain(PASSWORD)
                .doesNotContain("$2a$");
    }

    @Test
    void aDisabledLoginCannotSignInAndItsConsoleSessionsEnd() {
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("TEAM"), null), 201);
        String token = startSession(username, PASSWORD);

        admin(HttpMethod.POST, "/api/logins/" + username + "/disable", null, 200);

        session(username, PASSWORD, 401);
        http.get()
                .uri("/api/session")
                .header("Authorization", "Session " + token)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        admin(HttpMethod.POST, "/api/logins/" + username + "/enable", null, 200);
        session(username, PASSWORD, 200);
        assertThat(auditOf(username)).contains("LOGIN_DISABLED", "LOGIN_ENABLED");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAtOnce() {
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("HR"), null), 201);
        session(username, PASSWORD, 200);

        admin(
                HttpMethod.PUT,
                "/api/logins/" + username + "/password",
                Map.of("password", "another-long-password"),
                204);

        session(username, PASSWORD, 401);
        session(username, "another-long-password", 200);
        assertThat(auditOf(username)).contains("LOGIN_PASSWORD_RESET").doesNotContain("another-long-password");
    }

    @Test
    void newRolesApplyToTheNextRequest() {
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("EMPLOYEE"), null), 201);
        session(username, PASSWORD, 200);

        JsonNode changed = admin(
                HttpMethod.PUT, "/api/logins/" + username + "/roles", Map.of("roles", List.of("HR", "TEAM")), 200);

        assertThat(changed.get("roles").valueStream().map(JsonNode::asString)).containsExactly("HR", "TEAM");
        assertThat(session(username, PASSWORD, 200).get("roles").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("HR", "TEAM");
        assertThat(auditOf(username)).contains("LOGIN_ROLES_CHANGED");
    }

    @Test
    void badLoginsAreProblemsAndNothingIsStored() {
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("ADMIN", "NOT_A_ROLE"), null), 400);
        admin(
                HttpMethod.POST,
                "/api/logins",
                Map.of("username", username, "password", "short", "roles", List.of("HR")),
                400);
        admin(
                HttpMethod.POST,
                "/api/logins",
                Map.of("username", "bad name/x", "password", PASSWORD, "roles", List.of("HR")),
                400);
        admin(
                HttpMethod.POST,
                "/api/logins",
                Map.of("username", username, "password", "é".repeat(40), "roles", List.of("HR")),
                400);
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("HR"), "NO-SUCH-EMPLOYEE"), 422);
        assertThat(db.sql("SELECT count(*) FROM app_users WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("HR"), null), 201);
        admin(HttpMethod.POST, "/api/logins", newLogin(List.of("HR"), null), 409);
        admin(HttpMethod.POST, "/api/logins/no-such-login/disable", null, 404);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrLoseTheRole() {
        List<String> otherAdmins = db.sql(
                        "SELECT username FROM app_users WHERE 'ADMIN' = ANY(roles) AND NOT disabled AND username <> 'admin'")
                .query(String.class)
                .list();
        otherAdmins.forEach(other -> admin(HttpMethod.POST, "/api/logins/" + other + "/disable", null, 200));
        try {
            admin(HttpMethod.POST, "/api/logins/admin/disable", null, 409);
            admin(HttpMethod.PUT, "/api/logins/admin/roles", Map.of("roles", List.of("HR")), 409);
            session("admin", ADMIN_PASSWORD, 200);
        } finally {
            otherAdmins.forEach(other -> admin(HttpMethod.POST, "/api/logins/" + other + "/enable", null, 200));
        }
    }

    private Map<String, Object> newLogin(List<String> roles, String employeeId) {
        var body = new java.util.HashMap<String, Object>(
                Map.of("username", username, "password", PASSWORD, "roles", roles));
        if (employeeId != null) body.put("employeeId", employeeId);
        return body;
    }

    private JsonNode admin(HttpMethod method, String path, Object body, int status) {
        var request = http.method(method).uri(path).headers(h -> h.setBasicAuth("admin", ADMIN_PASSWORD));
        var spec = body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        byte[] answer = spec.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return answer == null ? json.createObjectNode() : json.readTree(answer);
    }

    private JsonNode session(String login, String password, int status) {
        byte[] answer = http.get()
                .uri("/api/session")
                .headers(h -> h.setBasicAuth(login, password))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return answer == null ? json.createObjectNode() : json.readTree(answer);
    }

    private String startSession(String login, String password) {
        byte[] answer = http.post()
                .uri("/api/session")
                .headers(h -> h.setBasicAuth(login, password))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(answer).get("token").asString();
    }

    private String auditOf(String login) {
        return String.join(
                "\n",
                db.sql(
                                "SELECT actor || ' ' || action || ' ' || coalesce(subject, '') || ' ' || details::text FROM audit_log WHERE subject = ?")
                        .param(login)
                        .query(String.class)
                        .list());
    }
}
