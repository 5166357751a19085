package io.muster.incident.preview;

import java.util.List;

/**
 * The answers a roll-call request offers, as the escalation puts them in NotificationRequested
 * ({@code escalation.NotificationRequested.ROLL_CALL_OPTIONS}; a test keeps the two equal).
 */
public final class PreviewReplyOptions {

    /** Key, answer and label of each option, in order. */
    public static final List<List<String>> OPTIONS =
            List.of(List.of("1", "SAFE", "I am safe"), List.of("2", "NEEDS_HELP", "I need help"));

    private PreviewReplyOptions() {}
}
