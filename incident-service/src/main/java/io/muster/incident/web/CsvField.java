package io.muster.incident.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one rule that makes a CSV export safe to open in a spreadsheet: a value starting with a
 * character a spreadsheet would run as a formula (OWASP's list: {@code = + - @}, tab, carriage
 * return) is prefixed with an apostrophe. {@link CsvExport} applies it to every value it writes,
 * so all exports defuse the same way; the CSV library does the quoting.
 */
public final class CsvField {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvField() {}

    /** {@code value} as text (null is empty), with an apostrophe in front if it would start a formula. */
    public static String defused(@Nullable Object value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One field exactly as an export writes it: defused, then quoted if it holds a comma, quote or line break. */
    public static String of(@Nullable Object value) {
        return CsvExport.field(defused(value));
    }
}
