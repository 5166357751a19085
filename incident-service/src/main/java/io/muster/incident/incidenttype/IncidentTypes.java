package io.muster.incident.incidenttype;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The stored incident types. Blocking JDBC: call the plain methods inside a {@link Jdbc}
 * transaction (other features read types in theirs).
 */
@Component
public class IncidentTypes {

    private static final String COLUMNS =
            "SELECT code, name, extract(epoch FROM rto)::bigint AS rto_seconds, two_person_approval FROM incident_types ";

    private final Jdbc jdbc;

    IncidentTypes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IncidentType> byCode(String code) {
        return jdbc.client()
                .sql(COLUMNS + "WHERE code = ?")
                .param(code)
                .query((rs, n) -> type(rs))
                .optional();
    }

    public boolean exists(String code) {
        return byCode(code).isPresent();
    }

    List<IncidentType> all() {
        return jdbc.client()
                .sql(COLUMNS + "ORDER BY code")
                .query((rs, n) -> type(rs))
                .list();
    }

    void insert(IncidentType type) {
        jdbc.client()
                .sql("INSERT INTO incident_types (code, name, rto, two_person_approval)"
                        + " VALUES (?, ?, make_interval(secs => ?), ?)")
                .param(type.code())
                .param(type.name())
                .param(seconds(type.rto()))
                .param(type.twoPersonApproval())
                .update();
    }

    boolean update(IncidentType type) {
        return jdbc.client()
                        .sql(
                                "UPDATE incident_types SET name = ?, rto = make_interval(secs => ?), two_person_approval = ?"
                                        + " WHERE code = ?")
                        .param(type.name())
                        .param(seconds(type.rto()))
                        .param(type.twoPersonApproval())
                        .param(type.code())
                        .update()
                > 0;
    }

    private static @Nullable Double seconds(@Nullable Duration rto) {
        return rto == null ? null : (double) rto.toSeconds();
    }

    private static IncidentType type(ResultSet rs) throws SQLException {
        long rto = rs.getLong("rto_seconds");
        return new IncidentType(
                rs.getString("code"),
                rs.getString("name"),
                rs.wasNull() ? null : Duration.ofSeconds(rto),
                rs.getBoolean("two_person_approval"));
    }
}
