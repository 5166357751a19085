package io.muster.incident.exercise;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/drills}: what to declare (the fields of {@code POST /api/incidents};
 * exercise is implied), when first, and how often after that (an ISO-8601 duration such as
 * {@code P7D}, or none for once).
 */
record ScheduleDrill(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 1000) String message,
        @NotBlank String severity,
        @Nullable String priority,
        @JsonProperty("notify") @Nullable Map<String, Object> notifying,
        @Nullable UUID callTreeId,
        @Nullable List<@NotNull UUID> affectedSiteIds,
        @Nullable Boolean rollCall,
        @NotNull Instant firstAt,
        @Nullable
                @Size(max = 40)
                @Pattern(regexp = "P.*", message = "must be an ISO-8601 duration such as P7D or PT12H")
                String recurrence) {

    /** The declaration each occurrence makes, as the body of POST /api/incidents. */
    Map<String, Object> declaration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("message", message);
        body.put("severity", severity);
        putIfSet(body, "priority", priority);
        putIfSet(body, "notify", notifying);
        putIfSet(body, "callTreeId", callTreeId);
        putIfSet(body, "affectedSiteIds", affectedSiteIds);
        putIfSet(body, "rollCall", rollCall);
        body.put("exercise", true);
        return body;
    }

    private static void putIfSet(Map<String, Object> body, String name, @Nullable Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
