package io.muster.simulator;

import java.time.Instant;

/**
 * An SMS the phone sent to the application (a reply, by hand or automatic): its sid, whom it went to, and
 * how the application answered the inbound-SMS webhook after every try ({@code status} 0 when no try got an
 * answer: the application was down).
 */
public record SentSms(String sid, String to, String body, Instant at, int status, int attempts) {

    /** The application took it (2xx). */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    /** No try reached the application. */
    public boolean unreachable() {
        return status == 0;
    }
}
