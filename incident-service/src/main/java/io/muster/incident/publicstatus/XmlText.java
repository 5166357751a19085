package io.muster.incident.publicstatus;

/**
 * Replaces characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) with U+FFFD:
 * escaping cannot help with those, and one of them would make a whole feed unreadable.
 */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
