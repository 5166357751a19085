package io.muster.incident.scenario;

import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The values a launch fills the placeholders with: the names of its sites (an unknown site id is a 400),
 * and the time and date it gives, else the current ones in {@code muster.scenarios.time-zone}.
 */
@Component
class LaunchValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Jdbc jdbc;
    private final Clock clock;
    private final ZoneId zone;

    LaunchValues(Jdbc jdbc, Clock clock, ScenariosProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** Call inside a JDBC transaction. */
    Map<String, String> of(List<UUID> sites, LaunchRequest request) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return Map.of(
                "site", String.join(", ", names(sites)),
                "time", blankOr(request.time(), TIME.format(now)),
                "date", blankOr(request.date(), DATE.format(now)));
    }

    private List<String> names(List<UUID> sites) {
        List<String> names = jdbc.client()
                .sql("SELECT name FROM sites WHERE id = ANY(?::uuid[]) ORDER BY array_position(?::uuid[], id)")
                .param(sites.toArray(UUID[]::new))
                .param(sites.toArray(UUID[]::new))
                .query(String.class)
                .list();
        if (names.size() != sites.stream().distinct().count()) {
            throw new InvalidFields(List.of(new InvalidFields.FieldError("siteIds", "unknown site")));
        }
        return names;
    }

    private static String blankOr(@Nullable String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given.strip();
    }
}
