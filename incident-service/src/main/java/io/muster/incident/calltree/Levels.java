package io.muster.incident.calltree;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Levels as stored in jsonb (wait in milliseconds, so SQL and every Jackson setting agree). */
public final class Levels {

    record Stored(
            List<String> roles, boolean affectedSitesOnly, @Nullable String department, long waitMs, int quorum) {}

    private Levels() {}

    public static String toJson(List<Level> levels, JsonMapper json) {
        return json.writeValueAsString(levels.stream()
                .map(l -> new Stored(
                        l.roles(),
                        l.affectedSitesOnly(),
                        l.department(),
                        l.escalateAfter().toMillis(),
                        l.quorum()))
                .toList());
    }

    public static List<Level> fromJson(String stored, JsonMapper json) {
        List<Stored> levels = json.readValue(stored, new TypeReference<List<Stored>>() {});
        return levels.stream()
                .map(s -> new Level(
                        s.roles(), s.affectedSitesOnly(), s.department(), Duration.ofMillis(s.waitMs()), s.quorum()))
                .toList();
    }
}
