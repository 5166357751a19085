package io.muster.gateway.twilio;

/**
 * TwiML answers: Twilio always gets TwiML back, so the sender sees a reply instead of silence.
 * Written by hand rather than with twilio-java's {@code MessagingResponse.toXml()}, which looks up
 * an XML factory through ServiceLoader on every call: on the reply hot path (and on an event-loop
 * thread) that scan of the class path cost more CPU than everything else the gateway does per reply.
 */
public final class Twiml {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private Twiml() {}

    /** A messaging response that texts {@code text} back to the sender. */
    public static String message(String text) {
        return DECLARATION + "<Response><Message>" + escaped(text) + "</Message></Response>";
    }

    /**
     * XML text content as twilio-java writes it: markup characters escaped, characters outside the
     * Basic Multilingual Plane as references, characters XML 1.0 cannot hold replaced by U+FFFD.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (!allowedInXml(c)) {
                        out.append('\uFFFD');
                    } else if (c > 0xFFFF) {
                        out.append("&#").append(c).append(';'); // as twilio-java writes it
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
