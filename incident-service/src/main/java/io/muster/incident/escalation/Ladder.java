package io.muster.incident.escalation;

import io.muster.incident.escalation.NotificationRequested.Purpose;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person's escalation: step k (k below the number of channels) tries the channels from the
 * k-th on; then one reminder on every channel; then the deputy; then nothing more. Every step asks
 * the same question: the first is its ALERT, each later one a REMINDER of it.
 */
record Ladder(List<NotificationRequested.Channel> channels) {

    enum Kind {
        SEND,
        DEPUTY,
        DONE
    }

    record Rung(Kind kind, List<NotificationRequested.Channel> channels, @Nullable Purpose purpose) {}

    static Ladder of(Contact contact) {
        return new Ladder(contact.channels());
    }

    Rung at(int step) {
        int n = channels.size();
        if (n > 0 && step < n) {
            return new Rung(Kind.SEND, channels.subList(step, n), step == 0 ? Purpose.ALERT : Purpose.REMINDER);
        }
        if (n > 0 && step == n) {
            return new Rung(Kind.SEND, channels, Purpose.REMINDER);
        }
        return step == (n == 0 ? 0 : n + 1)
                ? new Rung(Kind.DEPUTY, List.of(), null)
                : new Rung(Kind.DONE, List.of(), null);
    }
}
