package io.muster.incident.escalation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Quiet hours in a person's own time zone; a window may span midnight (22:00-07:00). */
final class QuietHours {

    private QuietHours() {}

    static Optional<Instant> endOf(Instant at, ZoneId zone, LocalTime from, LocalTime until) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = from.isAfter(until);
        boolean quiet = spansMidnight
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime end = local.with(until);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return Optional.of(end.toInstant());
    }
}
