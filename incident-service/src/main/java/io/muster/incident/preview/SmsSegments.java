package io.muster.incident.preview;

/**
 * How many SMS segments a text takes, counted as the notifier counts them: GSM-7 when every
 * character is in the GSM 03.38 basic table or its extension (extension characters take two
 * septets), 160 septets alone and 153 per concatenated segment; otherwise UCS-2, 70 and 67.
 */
record SmsSegments(String encoding, int units, int count) {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    static SmsSegments of(String text) {
        int septets = 0;
        for (char c : text.toCharArray()) {
            if (BASIC.indexOf(c) >= 0) {
                septets += 1;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return counted("UCS-2", text.length(), 70, 67);
            }
        }
        return counted("GSM-7", septets, 160, 153);
    }

    private static SmsSegments counted(String encoding, int units, int single, int perPart) {
        return new SmsSegments(encoding, units, units <= single ? 1 : (units + perPart - 1) / perPart);
    }
}
