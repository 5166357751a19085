package io.muster.incident.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a CSV export (RFC 4180), safe to open in a spreadsheet: a value starting with a
 * character a spreadsheet would run as a formula (OWASP's list: {@code = + - @}, tab, carriage
 * return) is prefixed with an apostrophe; a value holding a comma, quote or line break is quoted.
 * Every export of the service writes its fields with this, so all defuse the same way.
 */
public final class CsvField {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvField() {}

    public static String of(@Nullable Object value) {
        String text = Objects.toString(value, "");
        if (text.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
