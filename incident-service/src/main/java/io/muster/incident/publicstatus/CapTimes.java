package io.muster.incident.publicstatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * CAP 1.2 date-times: seconds precision and an explicit offset, where UTC is written {@code -00:00}
 * (the specification forbids {@code Z}). References repeat the earlier message's {@code sent}, so
 * both sides must format the instant the same way: always here.
 */
final class CapTimes {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private CapTimes() {}

    static String format(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + "-00:00";
    }
}
