package io.muster.incident.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a scenario version into the body of {@code POST /api/incidents} (the declaration path takes
 * it as a map: see {@code Declarations}), with its placeholders filled: the first language as the incident's
 * title and message, and every language as its texts, so each person is sent the scenario in their language.
 */
@Component
class LaunchBodies {

    /** Values as long as real ones, to check that a filled text still fits. */
    static final Map<String, String> SAMPLE = Map.of("site", "Sample site name", "time", "23:59", "date", "2000-12-31");

    Map<String, Object> body(
            ScenarioDefinition definition, Map<String, String> values, List<UUID> sites, boolean exercise) {
        var audience = definition.audience();
        var text = definition.primary();
        Map<String, Object> body = new HashMap<>();
        body.put("title", Placeholders.fill(text.subject(), values));
        body.put("message", Placeholders.fill(text.body(), values));
        body.put(
                "texts",
                definition.texts().stream()
                        .map(each -> Map.of(
                                "language", each.language(),
                                "title", Placeholders.fill(each.subject(), values),
                                "message", Placeholders.fill(each.body(), values)))
                        .toList());
        body.put("severity", definition.severity());
        body.put("priority", definition.priority());
        body.put("incidentType", definition.incidentType());
        body.put("exercise", exercise);
        body.put("rollCall", definition.rollCall());
        body.put("affectedSiteIds", sites);
        if (audience.callTreeId() != null) {
            body.put("callTreeId", audience.callTreeId());
        }
        if (!audience.personIds().isEmpty()
                || !audience.employeeIds().isEmpty()
                || !audience.roles().isEmpty()) {
            body.put(
                    "notify",
                    Map.of(
                            "personIds", audience.personIds(),
                            "employeeIds", audience.employeeIds(),
                            "roles", audience.roles()));
        }
        return body;
    }
}
