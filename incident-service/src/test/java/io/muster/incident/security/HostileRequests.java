package io.muster.incident.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile inputs the suite throws at every endpoint: bodies (malformed, wrong shapes and
 * types, unknown enums, NUL and control characters, huge strings, deep nesting, markup to
 * reflect), query strings and path segments. Every text carries {@link #marker} so that the
 * suite can tell whether anything of a rejected request was stored.
 */
final class HostileRequests {

    /** One hostile body: its name, the bytes and their content type. */
    record Body(String name, String content, String contentType) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Members whose values have a format (enums, durations, times, tags): only free text is tainted. */
    private static final Set<String> FORMATTED = Set.of(
            "severity",
            "priority",
            "phase",
            "state",
            "answer",
            "status",
            "incidentType",
            "code",
            "stepTimeout",
            "escalateAfter",
            "rto",
            "reminderEvery",
            "sitrepEvery",
            "firstAt",
            "dueAt",
            "at",
            "recurrence",
            "language",
            "locale",
            "timeZone",
            "channels",
            "phones",
            "email",
            "password");

    static final String SCRIPT = "<script>alert(1)</script>";

    private final String marker;
    private final JsonMapper json;

    HostileRequests(String marker, JsonMapper json) {
        this.marker = marker;
        this.json = json;
    }

    String marker() {
        return marker;
    }

    /** Bodies that every JSON endpoint must refuse or take without a 5xx. */
    List<Body> bodies() {
        return List.of(
                jsonBody("malformed JSON", "{\"title\": \"" + marker + "\","),
                jsonBody("an array", "[1, 2, 3]"),
                jsonBody("a bare string", "\"" + marker + "\""),
                jsonBody("null", "null"),
                jsonBody("wrong types", json.writeValueAsString(wrongTypes())),
                jsonBody("unknown enums", json.writeValueAsString(unknownEnums())),
                nulBody(),
                jsonBody(
                        "control characters", json.writeValueAsString(tainted(text -> text + "\u0001\u001b[2J\u007f"))),
                jsonBody("huge strings", json.writeValueAsString(tainted(text -> text + "x".repeat(20_000)))),
                jsonBody("markup", json.writeValueAsString(tainted(text -> text + SCRIPT))),
                jsonBody("deep nesting", "[".repeat(5_000) + "]".repeat(5_000)),
                jsonBody("a huge number", "{\"version\": 1e999999, \"title\": \"" + marker + "\"}"),
                jsonBody(
                        "an oversized body",
                        json.writeValueAsString(Map.of("title", marker, "padding", "x".repeat(2_000_000)))),
                new Body("plain text", marker, "text/plain"),
                new Body("XML", "<title>" + marker + "</title>", "application/xml"));
    }

    /** Every string a valid body could hold, each ending in NUL (formatted values too). */
    Body nulBody() {
        return jsonBody("NUL characters", json.writeValueAsString(taintedEverywhere(valid(), text -> text + "\u0000")));
    }

    /** Query strings (already encoded) for every GET endpoint. */
    List<String> queries() {
        String instantParams =
                "since=%2B100000-01-01T00:00:00Z&until=%2B100000-01-01T00:00:00Z&at=-100000-01-01T00:00:00Z";
        return List.of(
                params("%00" + marker),
                params("%01%1B" + marker),
                "q=" + marker + "x".repeat(3_000),
                params("%3Cscript%3Ealert(1)%3C%2Fscript%3E" + marker),
                params("99999999999999999999999") + "&limit=-1&size=0&page=-5&before=0",
                instantParams,
                "since=not-a-time&limit=ten&flagged=maybe&page=x",
                "q=%E0%80%80&q=%FF%FE&actor=%C0%AF");
    }

    /** Path segments that stand in for every {@code {placeholder}}. */
    static List<String> segments() {
        return List.of(
                "not-a-uuid",
                "%00",
                "%0D%0ASet-Cookie:x=1",
                "..%2F..%2Fetc%2Fpasswd",
                "%252e%252e",
                "%E2%80%AE" + "x",
                "x".repeat(900),
                "%3Cscript%3E");
    }

    private static String params(String value) {
        StringBuilder query = new StringBuilder();
        for (String name : List.of(
                "q",
                "actor",
                "action",
                "since",
                "until",
                "before",
                "limit",
                "page",
                "size",
                "flagged",
                "state",
                "site",
                "siteId",
                "token",
                "at",
                "channel",
                "status",
                "version",
                "language")) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
        }
        return query.toString();
    }

    private Body jsonBody(String name, String content) {
        return new Body(name, content, "application/json");
    }

    /** A body that would be valid for most endpoints, with every free text changed by {@code taint}. */
    private Map<String, Object> tainted(UnaryOperator<String> taint) {
        return taint(valid(), taint);
    }

    @SuppressWarnings("unchecked")
    private static <T> T taintedEverywhere(T value, UnaryOperator<String> taint) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put((String) key, taintedEverywhere(member, taint)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(item -> taintedEverywhere(item, taint)).toList();
        }
        return value instanceof String text ? (T) taint.apply(text) : value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T taint(T value, UnaryOperator<String> taint) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach(
                    (key, member) -> copy.put((String) key, FORMATTED.contains(key) ? member : taint(member, taint)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(item -> taint(item, taint)).toList();
        }
        return value instanceof String text ? (T) taint.apply(text) : value;
    }

    /** The members of every request body of the service, each with a valid value. */
    private Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", marker + " title");
        body.put("message", marker + " message");
        body.put("severity", "LOW");
        body.put("priority", "NORMAL");
        body.put("exercise", true);
        body.put("notify", Map.of("employeeIds", List.of("E030", marker)));
        body.put("incidentType", "GENERAL");
        body.put("comment", marker + " comment");
        body.put("name", marker + " name");
        body.put("stepTimeout", "PT5M");
        body.put("levels", List.of(Map.of("roles", List.of("Staff", marker), "escalateAfter", "PT5M")));
        body.put("body", marker + " body");
        body.put("note", marker + " note");
        body.put("text", marker + " text");
        body.put("conditions", marker + " conditions");
        body.put("actions", marker + " actions");
        body.put("needs", marker + " needs");
        body.put("headline", marker + " headline");
        body.put("texts", List.of(Map.of("language", "en", "text", marker + " text")));
        body.put("version", 1);
        body.put("state", "SAFE");
        body.put("answer", "SAFE");
        body.put("location", marker + " location");
        body.put("username", marker + "-login");
        body.put("password", "a-long-enough-password-" + marker);
        body.put("roles", List.of("Staff", marker));
        body.put("employeeId", marker + "-id");
        body.put("employeeIds", List.of("E030", marker));
        body.put("email", marker + "@example.org");
        body.put("phones", List.of("+15550100099"));
        body.put("locale", "en");
        body.put("timeZone", "UTC");
        body.put("time", marker + " time");
        body.put("department", marker + " department");
        body.put("address", marker + " address");
        body.put("description", marker + " description");
        body.put("ownerRole", marker + " role");
        body.put("code", "HOSTILE_" + marker.toUpperCase().replaceAll("[^A-Z0-9]", ""));
        body.put("rto", "PT4H");
        body.put("reminderEvery", "PT10M");
        body.put("firstAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        body.put("recurrence", "P7D");
        return body;
    }

    private Map<String, Object> wrongTypes() {
        Map<String, Object> body = new LinkedHashMap<>();
        valid().forEach((key, value) -> body.put(key, value instanceof String ? List.of(marker) : marker));
        return body;
    }

    private Map<String, Object> unknownEnums() {
        Map<String, Object> body = valid();
        for (String key : List.of("severity", "priority", "phase", "state", "answer", "status")) {
            body.put(key, "NOT_" + key.toUpperCase());
        }
        body.put("stepTimeout", "five minutes");
        body.put("firstAt", "tomorrow");
        return body;
    }
}
