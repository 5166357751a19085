package io.muster.gateway.twilio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which request paths are webhooks, decided on what a router could make of the path rather than on its raw
 * text: WebFlux matches percent-decoded segments without their path parameters, so {@code /webhooks/%74wilio/…}
 * reaches the handler of {@code /webhooks/twilio/…}. Any path that names a {@code webhooks} segment in any
 * spelling (decoded up to three times, any case, path parameters dropped) is a webhook path, and a webhook path
 * is accepted only when written plainly: lower-case letters, digits and hyphens between single slashes, no
 * trailing slash. Twilio only ever calls the plain URLs we configure, so nothing legitimate is refused.
 */
final class WebhookPaths {

    private static final String WEBHOOKS = "webhooks";
    private static final Pattern PLAIN = Pattern.compile("(/[a-z0-9][a-z0-9-]*)+");
    private static final int DECODINGS = 3;

    private WebhookPaths() {}

    /** Whether a router could take this raw path for one under {@code /webhooks}. */
    static boolean isWebhook(String rawPath) {
        String path = rawPath;
        for (int i = 0; i <= DECODINGS; i++) {
            if (namesWebhooks(path)) {
                return true;
            }
            String decoded = decoded(path);
            if (decoded.equals(path)) {
                return false;
            }
            path = decoded;
        }
        return namesWebhooks(path);
    }

    /** Whether the raw path is written the one way a webhook path may be: what the router matches, as is. */
    static boolean isPlain(String rawPath) {
        return PLAIN.matcher(rawPath).matches();
    }

    private static boolean namesWebhooks(String path) {
        for (String segment : path.split("[/\\\\]")) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (WEBHOOKS.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Percent-decoding as a router would do it, leaving a broken escape as it is instead of failing. */
    private static String decoded(String path) {
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            if (!isEscape(path, i)) {
                out.append(path.charAt(i++));
                continue;
            }
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            for (; isEscape(path, i); i += 3) {
                run.write(Integer.parseInt(path, i + 1, i + 3, 16));
            }
            out.append(run.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static boolean isEscape(String path, int at) {
        return at + 2 < path.length()
                && path.charAt(at) == '%'
                && Character.digit(path.charAt(at + 1), 16) >= 0
                && Character.digit(path.charAt(at + 2), 16) >= 0;
    }
}
