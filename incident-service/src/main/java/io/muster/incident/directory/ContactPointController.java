package io.muster.incident.directory;

import io.muster.incident.storage.Jdbc;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reachability per address, so HR can chase the addresses that keep failing. */
@RestController
@RequestMapping("/api/contact-points")
class ContactPointController {

    /** An address of a person with its failure count and SMS opt-out (STOP/START) state. */
    record ContactPoint(
            UUID personId,
            String employeeId,
            String name,
            String kind,
            String address,
            int permanentFailures,
            @Nullable OffsetDateTime lastDeliveredAt,
            @Nullable OffsetDateTime flaggedAt,
            boolean optedOut,
            @Nullable OffsetDateTime optOutChangedAt,
            @Nullable String optOutKeyword) {}

    private final Jdbc jdbc;

    ContactPointController(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    Mono<List<ContactPoint>> list(@RequestParam(defaultValue = "false") boolean flagged) {
        return jdbc.transactional(() -> jdbc.client()
                .sql(
                        """
                        SELECT c.person_id, p.employee_id, p.display_name AS name, c.kind, c.address,
                               c.permanent_failures, c.last_delivered_at, c.flagged_at,
                               c.opted_out, c.opt_out_changed_at, c.opt_out_keyword
                        FROM contact_points c JOIN people p ON p.id = c.person_id
                        WHERE NOT ? OR c.flagged_at IS NOT NULL
                        ORDER BY p.employee_id, c.kind, c.address
                        """)
                .param(flagged)
                .query(ContactPoint.class)
                .list());
    }
}
