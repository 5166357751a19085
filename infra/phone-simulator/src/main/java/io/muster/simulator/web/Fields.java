package io.muster.simulator.web;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads and checks the fields of a simulator API request. */
final class Fields {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9A-Za-z:._-]{2,40}");

    private Fields() {}

    static String required(JsonNode body, String name) {
        JsonNode field = body.path(name);
        if (field.isMissingNode() || field.isNull() || field.asString("").isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return field.asString();
    }

    static String optional(JsonNode body, String name) {
        JsonNode field = body.path(name);
        return field.isMissingNode() || field.isNull() || field.asString("").isBlank() ? null : field.asString();
    }

    static boolean flag(JsonNode body, String name) {
        JsonNode field = body.path(name);
        return field.isBoolean() ? field.asBoolean() : "true".equalsIgnoreCase(field.asString(""));
    }

    static long number(JsonNode body, String name, long fallback) {
        JsonNode field = body.path(name);
        if (field.isMissingNode() || field.isNull() || field.asString("").isBlank()) {
            return fallback;
        }
        try {
            return field.isNumber()
                    ? field.asLong()
                    : Long.parseLong(field.asString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number");
        }
    }

    /** A phone number from a path or a field: "+1555...", also when a "+" arrived decoded as a space. */
    static String phoneNumber(String raw) {
        String number = raw.startsWith(" ") ? "+" + raw.strip() : raw.strip();
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a phone number: " + number.replaceAll("[^+0-9A-Za-z]", "?"));
        }
        return number;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + name + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
