package io.muster.incident.preview;

import io.muster.messages.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many of the people a declaration names speak each language: those named by employee id or
 * role, and those at the affected sites when it is a roll call (one statement). Call-tree members
 * are not counted: the dry run lists them.
 */
@Component
class TargetedLanguages {

    private final JdbcClient jdbc;

    TargetedLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> of(List<String> employeeIds, List<String> roles, List<UUID> sites, boolean rollCall) {
        Map<String, Long> languages = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        SELECT p.locale, count(*) AS people FROM people p
                        WHERE p.employee_id = ANY(?::text[])
                           OR p.id IN (SELECT person_id FROM person_roles WHERE role = ANY(?::text[]))
                           OR (? AND p.site_id = ANY(?::uuid[]))
                        GROUP BY p.locale ORDER BY people DESC
                        """)
                .param(employeeIds.toArray(String[]::new))
                .param(roles.toArray(String[]::new))
                .param(rollCall)
                .param(sites.toArray(UUID[]::new))
                .query(rs -> {
                    languages.merge(Language.spoken(rs.getString("locale")), rs.getLong("people"), Long::sum);
                });
        return languages;
    }
}
