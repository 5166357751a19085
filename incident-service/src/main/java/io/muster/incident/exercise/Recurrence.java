package io.muster.incident.exercise;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** When a drill runs next: the first occurrence after now, skipping the ones missed while down. */
final class Recurrence {

    private Recurrence() {}

    static @Nullable Duration parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 duration such as P7D or PT12H");
        }
    }

    static @Nullable Instant next(Instant scheduled, @Nullable Duration every, Instant now) {
        if (every == null) {
            return null;
        }
        long periods =
                now.isBefore(scheduled) ? 1 : Duration.between(scheduled, now).toMillis() / every.toMillis() + 1;
        return scheduled.plus(every.multipliedBy(periods));
    }
}
