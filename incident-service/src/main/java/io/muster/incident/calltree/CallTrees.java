package io.muster.incident.calltree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The stored call trees. */
@Component
public class CallTrees {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CallTrees(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<CallTree> byId(UUID id) {
        return jdbc.sql("SELECT id, name, step_timeout_ms, levels::text AS levels FROM call_trees WHERE id = ?")
                .param(id)
                .query((rs, n) -> tree(rs))
                .optional();
    }

    List<CallTree> all() {
        return jdbc.sql("SELECT id, name, step_timeout_ms, levels::text AS levels FROM call_trees ORDER BY name")
                .query((rs, n) -> tree(rs))
                .list();
    }

    void save(CallTree tree) {
        jdbc.sql(
                        """
                        INSERT INTO call_trees (id, name, step_timeout_ms, levels) VALUES (?, ?, ?, ?::jsonb)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, step_timeout_ms = excluded.step_timeout_ms,
                                                       levels = excluded.levels
                        """)
                .param(tree.id())
                .param(tree.name())
                .param(tree.stepTimeout().toMillis())
                .param(Levels.toJson(tree.levels(), json))
                .update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM call_trees WHERE id = ?").param(id).update() == 1;
    }

    private CallTree tree(ResultSet rs) throws SQLException {
        return new CallTree(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                Duration.ofMillis(rs.getLong("step_timeout_ms")),
                Levels.fromJson(rs.getString("levels"), json));
    }
}
