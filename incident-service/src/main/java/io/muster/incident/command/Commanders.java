package io.muster.incident.command;

import io.muster.incident.storage.Jdbc;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/commanders?q=}: the logins that may take over command of an incident (their login
 * has the COMMANDER or ADMIN role, as {@code PUT /api/incidents/{id}/roles/COMMANDER} requires), with the
 * directory person behind each, searched by login, name or employee id. The role API names logins,
 * the directory names people; this list joins the two for the hand-over picker.
 */
@RestController
@Validated
class Commanders {

    /** A login that may command, and who it is. */
    record Commander(String username, @Nullable String name, @Nullable String employeeId) {}

    private final Jdbc jdbc;

    Commanders(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/commanders")
    Mono<List<Commander>> search(@RequestParam(defaultValue = "") @Size(max = 100) String q) {
        String like = "%"
                + q.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return jdbc.transactional(() -> jdbc.client()
                .sql(
                        """
                        SELECT u.username, p.display_name AS name, p.employee_id FROM app_users u
                        LEFT JOIN people p ON p.id = u.person_id
                        WHERE u.roles && ARRAY['COMMANDER', 'ADMIN']
                          AND (lower(u.username) LIKE ? OR lower(coalesce(p.display_name, '')) LIKE ?
                               OR lower(coalesce(p.employee_id, '')) LIKE ?)
                        ORDER BY u.username LIMIT 50
                        """)
                .params(like, like, like)
                .query(Commander.class)
                .list());
    }
}
