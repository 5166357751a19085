package io.muster.incident.directory;

import io.muster.incident.web.UnknownReferences;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a directory write must refer to exists, and deputies never lead back to whom they stand in for. */
@Component
class DirectoryChecks {

    // UNION (not UNION ALL) stops at a person already seen, so even a broken chain ends.
    private static final String DEPUTY_CHAIN =
            """
            WITH RECURSIVE chain(id) AS (
                SELECT CAST(? AS uuid)
                UNION SELECT p.deputy_id FROM people p JOIN chain c ON p.id = c.id WHERE p.deputy_id IS NOT NULL)
            SELECT count(*) FROM chain WHERE id = ?
            """;

    private final JdbcClient jdbc;

    DirectoryChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void requireReferences(PersonEntry entry) {
        require("sites", "unknown-sites", "Unknown sites", "unknownSiteIds", ids(entry.siteId()));
        require(
                "people",
                "unknown-people",
                "Unknown people",
                "unknownPersonIds",
                ids(entry.managerId(), entry.deputyId()));
        if (entry.deputyId() != null && leadsBack(entry.id(), entry.deputyId())) {
            throw DirectoryProblem.deputyCycle();
        }
    }

    void requireRoles(Collection<String> roles) {
        Set<String> known = new HashSet<>(jdbc.sql("SELECT name FROM roles WHERE name = ANY(?::text[])")
                .param(roles.toArray(String[]::new))
                .query(String.class)
                .list());
        List<String> unknown =
                roles.stream().filter(r -> !known.contains(r)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownReferences("unknown-roles", "Unknown roles", "unknownRoles", unknown);
        }
    }

    void requireSite(@Nullable UUID site) {
        require("sites", "unknown-sites", "Unknown sites", "unknownSiteIds", ids(site));
    }

    private boolean leadsBack(UUID person, UUID deputy) {
        return person.equals(deputy)
                || jdbc.sql(DEPUTY_CHAIN)
                                .param(deputy)
                                .param(person)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    private void require(String table, String slug, String title, String member, List<UUID> ids) {
        if (ids.isEmpty()) return;
        Set<UUID> known = new HashSet<>(jdbc.sql("SELECT id FROM " + table + " WHERE id = ANY(?::uuid[])")
                .param(ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
        List<UUID> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownReferences(slug, title, member, unknown);
        }
    }

    private static List<UUID> ids(@Nullable UUID... ids) {
        return java.util.Arrays.stream(ids).filter(Objects::nonNull).distinct().toList();
    }
}
