package io.muster.incident.recipient;

/**
 * How an incident's recipients stand. A recipient counts as sent or delivered when any of their
 * channels was, and as failed when the latest report of every channel tried is a failure. {@code
 * safe}, {@code needHelp}, {@code atAlternateSite}, {@code noAnswer} and {@code unreachable} are
 * HR's states (accountability's {@code RecipientStates}): they add up to {@code targeted}, and
 * {@code answered} is the first three together.
 */
public record Counts(
        long targeted,
        long sent,
        long delivered,
        long failed,
        long answered,
        long safe,
        long needHelp,
        long atAlternateSite,
        long noAnswer,
        long unreachable) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Just declared: targeted, nothing reported yet. */
    public static Counts targeted(long targeted) {
        return new Counts(targeted, 0, 0, 0, 0, 0, 0, 0, targeted, 0);
    }
}
