package io.muster.incident.progress;

import java.time.Instant;
import java.util.List;

/**
 * People reached and answered over time since the declaration, cumulative, at the end of each of a bounded number of
 * equal-width buckets (point 0 is the declaration itself).
 *
 * @param until the end of the curve: now for an open incident, the close (or the last event after it) for a closed one
 * @param secondsAfter each point's time, in seconds after the declaration
 * @param overall everyone targeted
 * @param byChannel per channel, of the people tried on it (or who answered on it)
 * @param byLevel per call-tree level (0: notified directly)
 */
public record Curve(
        Instant declaredAt,
        Instant until,
        boolean closed,
        double bucketSeconds,
        List<Double> secondsAfter,
        Targets targets,
        Series overall,
        List<Series> byChannel,
        List<Series> byLevel) {

    /** The targets, in percent of the people of a series. */
    public record Targets(int reachedPercent, int answeredPercent) {}

    /** One group of people: how many there are, and how many of them were reached and had answered at each point. */
    public record Series(String key, String label, int people, List<Integer> reached, List<Integer> answered) {}
}
