package io.muster.incident.calltree;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One level of a call tree: the members of its roles (optionally only those at the incident's
 * affected sites, or in one department), and how long to wait for its quorum of answers before
 * the next level is called. Quorum defaults to 1.
 */
public record Level(
        @NotEmpty List<@NotBlank String> roles,
        @Nullable Boolean affectedSitesOnly,
        @Nullable String department,
        @NotNull Duration escalateAfter,
        @Nullable @Min(1) Integer quorum) {

    public Level {
        roles = roles == null ? List.of() : List.copyOf(roles);
        affectedSitesOnly = affectedSitesOnly != null && affectedSitesOnly;
        quorum = quorum == null ? 1 : quorum;
    }
}
