package io.muster.simulator.rest;

import io.muster.simulator.twilio.TwilioApiException;
import io.muster.simulator.twilio.TwilioError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Twilio's date filters: {@code Name=}, {@code Name>=} and {@code Name<=} (sent by twilio-java as
 * {@code Name>} and {@code Name<}), as a date (whole UTC day, inclusive) or a date-time (UTC).
 */
public record DateFilter(Instant from, Instant until) {

    public static DateFilter of(Map<String, String> filters, String name) {
        Instant from = null;
        Instant until = null;
        String on = filters.get(name);
        if (on != null) {
            from = start(name, on);
            until = end(name, on);
        }
        String after = first(filters, name + ">", name + ">=");
        String before = first(filters, name + "<", name + "<=");
        if (after != null) {
            from = start(name, after);
        }
        if (before != null) {
            until = end(name, before);
        }
        return new DateFilter(from, until);
    }

    public <T> Predicate<T> matches(Function<T, Instant> field) {
        return resource -> {
            Instant at = field.apply(resource);
            return (from == null || !at.isBefore(from)) && (until == null || !at.isAfter(until));
        };
    }

    private static String first(Map<String, String> filters, String name, String alias) {
        return filters.getOrDefault(name, filters.get(alias));
    }

    private static Instant start(String name, String value) {
        return parse(name, value);
    }

    private static Instant end(String name, String value) {
        Instant at = parse(name, value);
        return isDate(value) ? at.plusSeconds(86_400).minusNanos(1) : at;
    }

    private static boolean isDate(String value) {
        return value.strip().length() == 10;
    }

    private static Instant parse(String name, String value) {
        String text = value.strip();
        try {
            if (isDate(text)) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new TwilioApiException(new TwilioError(400, 20001, "Invalid " + name + ": " + text));
        }
    }
}
