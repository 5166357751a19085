package io.muster.incident.web;

/**
 * The one rule for text the service accepts: no control characters but tab, line feed and carriage
 * return. PostgreSQL cannot store NUL at all (a 500 before this rule), and the other C0 characters
 * have no business in names, messages or comments: they only hide text or drive terminals.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Whether the text holds a character the rule forbids. */
    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds any control character at all (tab and line breaks included): for single-line values. */
    public static boolean anyIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
