package io.muster.simulator;

import java.time.Instant;

/**
 * An SMS the phone sent to the application (a reply, by hand or automatic): its sid, whom it went to, and
 * how the application answered the inbound-SMS webhook after every try: the last status ({@code 0} when the
 * last try got no answer), why it did not count as taken ({@code failure}, null when it did), the tries.
 */
public record SentSms(
        String sid, String to, String body, Instant at, int status, WebhookFailure failure, int attempts) {

    /** The application took it (2xx). */
    public boolean accepted() {
        return failure == null;
    }

    /** The last try found nobody listening: the application was down. */
    public boolean unreachable() {
        return failure == WebhookFailure.CONNECT;
    }
}
