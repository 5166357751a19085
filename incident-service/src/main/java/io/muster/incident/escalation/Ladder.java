package io.muster.incident.escalation;

import java.util.List;

/**
 * One person's escalation: step k (k below the number of channels) tries the channels from the
 * k-th on; then one reminder on every channel; then the deputy; then nothing more.
 */
record Ladder(List<NotificationRequested.Channel> channels) {

    enum Kind {
        SEND,
        DEPUTY,
        DONE
    }

    record Rung(Kind kind, List<NotificationRequested.Channel> channels, String purpose) {}

    static Ladder of(Contact contact) {
        return new Ladder(contact.channels());
    }

    Rung at(int step) {
        int n = channels.size();
        if (n > 0 && step < n) {
            return new Rung(Kind.SEND, channels.subList(step, n), "ALERT");
        }
        if (n > 0 && step == n) {
            return new Rung(Kind.SEND, channels, "REMINDER");
        }
        return step == (n == 0 ? 0 : n + 1) ? new Rung(Kind.DEPUTY, List.of(), "") : new Rung(Kind.DONE, List.of(), "");
    }
}
