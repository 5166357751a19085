package io.muster.incident.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored sites. */
@Component
class Sites {

    private static final String SELECT = "SELECT id, name, address, alternate_site_id FROM sites ";

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Site> all() {
        return jdbc.sql(SELECT + "ORDER BY name").query(Site.class).list();
    }

    Optional<Site> byId(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(Site.class).optional();
    }

    void save(Site site) {
        jdbc.sql(
                        """
                        INSERT INTO sites (id, name, address, alternate_site_id) VALUES (?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                                                       alternate_site_id = excluded.alternate_site_id
                        """)
                .param(site.id())
                .param(site.name())
                .param(site.address())
                .param(site.alternateSiteId())
                .update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM sites WHERE id = ?").param(id).update() == 1;
    }
}
