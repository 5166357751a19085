package io.muster.simulator.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the 2010-04-01 API writes them: RFC 2822, e.g. {@code Thu, 30 Jul 2015 20:12:31 +0000}. */
public final class TwilioDates {

    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);

    private TwilioDates() {}

    public static String format(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }
}
