package io.muster.messages;

/**
 * How many SMS segments a text takes: GSM-7 when every character is in the GSM 03.38 basic table or its
 * extension (extension characters take two septets), 160 septets in one segment and 153 per segment when
 * concatenated; otherwise UCS-2, 70 UTF-16 units alone and 67 per segment.
 */
public record SmsSegments(boolean gsm7, int units, int count) {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        int septets = 0;
        for (char c : text.toCharArray()) {
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return counted(false, text.length(), 70, 67);
            }
        }
        return counted(true, septets, 160, 153);
    }

    private static SmsSegments counted(boolean gsm7, int units, int single, int perPart) {
        int count = units <= single ? 1 : (units + perPart - 1) / perPart;
        return new SmsSegments(gsm7, units, count);
    }

    /** "GSM-7" or "UCS-2". */
    public String encoding() {
        return gsm7 ? "GSM-7" : "UCS-2";
    }

    /** "2 GSM-7 segment(s) (170 units)", for the logs. */
    @Override
    public String toString() {
        return count + " " + encoding() + " segment(s) (" + units + " units)";
    }
}
