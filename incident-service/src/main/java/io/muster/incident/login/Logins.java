package io.muster.incident.login;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.security.ConsoleSessions;
import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The stored logins (blocking JDBC, inside a {@link Jdbc} transaction): every change is audited in
 * the same transaction, and a change that matters for signing in (disabled, new password, new
 * roles) ends the login's console sessions with it.
 */
@Component
class Logins {

    private static final String SELECT =
            """
            SELECT u.username, u.roles, u.person_id, p.employee_id, u.disabled, u.created_at, u.password_changed_at
            FROM app_users u LEFT JOIN people p ON p.id = u.person_id
            """;

    private final Jdbc jdbc;
    private final AuditTrail audit;
    private final ConsoleSessions sessions;
    private final Clock clock;

    Logins(Jdbc jdbc, AuditTrail audit, ConsoleSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    List<LoginView> all() {
        return jdbc.client()
                .sql(SELECT + " ORDER BY u.username")
                .query((rs, n) -> view(rs))
                .list();
    }

    LoginView find(String username) {
        return jdbc.client()
                .sql(SELECT + " WHERE u.username = ?")
                .param(username)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> LoginProblems.notFound(username));
    }

    void create(String username, String passwordHash, List<String> roles, @Nullable String employeeId, String by) {
        UUID person = employeeId == null ? null : person(employeeId);
        Timestamp now = Timestamp.from(clock.instant());
        int created = jdbc.client()
                .sql(
                        """
                        INSERT INTO app_users (username, password_hash, roles, person_id, created_at, password_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING
                        """)
                .params(username, passwordHash, roles.toArray(String[]::new), person, now, now)
                .update();
        if (created == 0) throw LoginProblems.exists(username);
        audit.record(null, by, "LOGIN_CREATED", username, details("roles", roles, "personId", person));
    }

    void setPassword(String username, String passwordHash, String by) {
        find(username);
        jdbc.client()
                .sql("UPDATE app_users SET password_hash = ?, password_changed_at = ? WHERE username = ?")
                .params(passwordHash, Timestamp.from(clock.instant()), username)
                .update();
        sessions.endAll(username);
        audit.record(null, by, "LOGIN_PASSWORD_RESET", username, Map.of());
    }

    void setRoles(String username, List<String> roles, String by) {
        LoginView before = locked(username);
        if (before.roles().contains("ADMIN") && !roles.contains("ADMIN") && !before.disabled()) {
            requireAnotherAdmin(username);
        }
        jdbc.client()
                .sql("UPDATE app_users SET roles = ? WHERE username = ?")
                .params(roles.toArray(String[]::new), username)
                .update();
        sessions.endAll(username);
        audit.record(null, by, "LOGIN_ROLES_CHANGED", username, Map.of("from", before.roles(), "to", roles));
    }

    void setDisabled(String username, boolean disabled, String by) {
        LoginView before = locked(username);
        if (disabled && !before.disabled() && before.roles().contains("ADMIN")) {
            requireAnotherAdmin(username);
        }
        jdbc.client()
                .sql("UPDATE app_users SET disabled = ? WHERE username = ?")
                .params(disabled, username)
                .update();
        if (disabled) {
            sessions.endAll(username);
        }
        audit.record(null, by, disabled ? "LOGIN_DISABLED" : "LOGIN_ENABLED", username, Map.of());
    }

    // The admins are locked in a fixed order, so two admins removing each other cannot both succeed.
    private LoginView locked(String username) {
        jdbc.client()
                .sql(
                        "SELECT username FROM app_users WHERE 'ADMIN' = ANY(roles) OR username = ? ORDER BY username FOR UPDATE")
                .param(username)
                .query(String.class)
                .list();
        return find(username);
    }

    private void requireAnotherAdmin(String username) {
        long others = jdbc.client()
                .sql("SELECT count(*) FROM app_users WHERE 'ADMIN' = ANY(roles) AND NOT disabled AND username <> ?")
                .param(username)
                .query(Long.class)
                .single();
        if (others == 0) throw LoginProblems.lastAdmin();
    }

    private UUID person(String employeeId) {
        return jdbc.client()
                .sql("SELECT id FROM people WHERE employee_id = ?")
                .param(employeeId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> LoginProblems.unknownEmployee(employeeId));
    }

    private static Map<String, Object> details(String k1, Object v1, String k2, @Nullable Object v2) {
        return v2 == null ? Map.of(k1, v1) : Map.of(k1, v1, k2, v2);
    }

    private static LoginView view(ResultSet rs) throws SQLException {
        return new LoginView(
                rs.getString("username"),
                List.copyOf(Arrays.asList((String[]) rs.getArray("roles").getArray())),
                rs.getObject("person_id", UUID.class),
                rs.getString("employee_id"),
                rs.getBoolean("disabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("password_changed_at").toInstant());
    }
}
