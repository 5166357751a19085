package io.muster.incident.accountability;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which site a person at an alternate site reports to: the one named (by id, or by a location that
 * is a site's name), else the alternate of their home site.
 */
@Component
class ReportingSites {

    private final JdbcClient jdbc;

    ReportingSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Nullable
    UUID reportingSite(UUID person, @Nullable UUID named, @Nullable String location) {
        if (named != null) {
            return named;
        }
        return byName(location).orElseGet(() -> alternateOfHome(person));
    }

    private Optional<UUID> byName(@Nullable String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM sites WHERE lower(name) = ? ORDER BY name LIMIT 1")
                .param(location.strip().toLowerCase(Locale.ROOT))
                .query(UUID.class)
                .optional();
    }

    private @Nullable UUID alternateOfHome(UUID person) {
        return jdbc
                .sql("SELECT s.alternate_site_id FROM people p JOIN sites s ON s.id = p.site_id WHERE p.id = ?")
                .param(person)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
