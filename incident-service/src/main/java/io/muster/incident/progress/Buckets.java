package io.muster.incident.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Equal-width time buckets from the declaration to the end of a curve: at most {@code max}, none shorter than a
 * second. Point 0 is the declaration, point i the end of bucket i; a time counts at every point at or after it.
 */
final class Buckets {

    private final Instant start;
    private final long spanMillis;
    private final int count;

    Buckets(Instant start, Instant end, int max) {
        this.start = start;
        this.spanMillis = Math.max(1000, Duration.between(start, end).toMillis());
        this.count = (int) Math.min(max, Math.ceilDiv(spanMillis, 1000));
    }

    double widthSeconds() {
        return spanMillis / 1000.0 / count;
    }

    List<Double> secondsAfter() {
        List<Double> points = new ArrayList<>(count + 1);
        for (int i = 0; i <= count; i++) {
            points.add(offset(i) / 1000.0);
        }
        return points;
    }

    /** How many of the times had happened at each point (null times never count). */
    List<Integer> cumulative(List<@Nullable Instant> times) {
        int[] perPoint = new int[count + 1];
        for (Instant time : times.stream().filter(Objects::nonNull).toList()) {
            perPoint[firstPointAtOrAfter(Duration.between(start, time).toMillis())]++;
        }
        Arrays.parallelPrefix(perPoint, Integer::sum);
        return Arrays.stream(perPoint).boxed().toList();
    }

    private int firstPointAtOrAfter(long millis) {
        if (millis <= 0) {
            return 0;
        }
        int point = (int) Math.min(count, Math.ceil((double) millis * count / spanMillis));
        while (point < count && offset(point) < millis) {
            point++;
        }
        while (point > 0 && offset(point - 1) >= millis) {
            point--;
        }
        return point;
    }

    private long offset(int point) {
        return point == count ? spanMillis : Math.round((double) spanMillis * point / count);
    }
}
