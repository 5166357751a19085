package io.muster.incident.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One series of a curve as the geometry of an inline SVG chart (the after-action file draws it on the server; the
 * console's {@code incident-curve.js} draws the same chart in the page): percent of the series' people over time,
 * the reached and answered lines and the targets as horizontal lines.
 *
 * @param reached the reached line's {@code points} attribute (numbers only)
 * @param answered the answered line's {@code points} attribute
 * @param summary the chart in words, for those who cannot see it
 */
public record CurveDrawing(
        String title,
        String summary,
        String reached,
        String answered,
        double reachedTargetY,
        double answeredTargetY,
        List<Tick> xTicks,
        List<Tick> yTicks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 624;
    private static final int TOP = 16;
    private static final int BOTTOM = 224;

    /** An axis label at x (time axis) or y (percent axis). */
    public record Tick(double at, String label) {}

    public static CurveDrawing of(Curve curve, Curve.Series series) {
        List<Double> seconds = curve.secondsAfter();
        double span = Math.max(1, seconds.getLast());
        return new CurveDrawing(
                series.label(),
                summary(curve, series),
                line(seconds, series.reached(), series.people(), span),
                line(seconds, series.answered(), series.people(), span),
                y(curve.targets().reachedPercent()),
                y(curve.targets().answeredPercent()),
                xTicks(span),
                List.of(0, 25, 50, 75, 100).stream()
                        .map(p -> new Tick(y(p), p + " %"))
                        .toList());
    }

    /** For example "62 % answered and 80 % reached after 4 min (5 people); target 90 % answered". */
    public static String summary(Curve curve, Curve.Series series) {
        return String.format(
                Locale.ROOT,
                "%d %% answered and %d %% reached after %s (%d %s); target %d %% answered",
                percent(series.answered().getLast(), series.people()),
                percent(series.reached().getLast(), series.people()),
                duration(curve.secondsAfter().getLast()),
                series.people(),
                series.people() == 1 ? "person" : "people",
                curve.targets().answeredPercent());
    }

    /** A duration as people read it: "45 s", "4 min", "1 h 5 min". */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        long minutes = s / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static int percent(int count, int people) {
        return people == 0 ? 0 : (int) Math.floor(100.0 * count / people);
    }

    private static String line(List<Double> seconds, List<Integer> counts, int people, double span) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < seconds.size(); i++) {
            double percent = people == 0 ? 0 : 100.0 * counts.get(i) / people;
            points.append(i == 0 ? "" : " ")
                    .append(number(x(seconds.get(i), span)))
                    .append(',')
                    .append(number(y(percent)));
        }
        return points.toString();
    }

    private static List<Tick> xTicks(double span) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double at = span * i / 4;
            ticks.add(new Tick(x(at, span), duration(at)));
        }
        return ticks;
    }

    private static double x(double seconds, double span) {
        return round(LEFT + (RIGHT - LEFT) * seconds / span);
    }

    private static double y(double percent) {
        return round(BOTTOM - (BOTTOM - TOP) * percent / 100);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
