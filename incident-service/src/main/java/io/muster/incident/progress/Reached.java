package io.muster.incident.progress;

/**
 * The one definition of "reached", shared by the curve and the after-action report so that they cannot disagree:
 * a delivery receipt, an email the mail server took (SMTP has no delivery receipt), or an answer.
 */
public final class Reached {

    /** A condition on a {@code recipient_events} row aliased {@code e}. */
    public static final String EVENT =
            "(e.kind IN ('DELIVERED', 'ANSWERED') OR (e.kind = 'SENT' AND e.channel = 'EMAIL'))";

    private Reached() {}
}
