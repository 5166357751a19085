package io.muster.incident.recipient;

/**
 * How an incident's recipients stand. A recipient counts as sent or delivered when any of their
 * channels was, and as failed when every channel tried has failed.
 */
public record Counts(
        long targeted, long sent, long delivered, long failed, long answered, long safe, long needHelp, long noAnswer) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /** Just declared: targeted, nothing reported yet. */
    public static Counts targeted(long targeted) {
        return new Counts(targeted, 0, 0, 0, 0, 0, 0, targeted);
    }
}
