package io.muster.incident.exercise;

import com.samskivert.mustache.Template;
import io.muster.incident.progress.CurveDrawing;
import io.muster.incident.publicstatus.PublicPageLook;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The after-action report as one self-contained HTML file ({@code templates/after-action.mustache}): the figures and
 * the curves as inline SVG drawn here, no script, no link, no external resource, so that it opens anywhere and
 * years later. Mustache escapes every value, so a title such as {@code <script>} is shown, never run.
 */
@Component
class AfterActionPage {

    private static final Template PAGE = PublicPageLook.template("after-action");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String STYLE = PublicPageLook.STYLE
            + """
            main{max-width:60rem}table{border-collapse:collapse;margin:.4rem 0 1rem}
            th,td{border:1px solid #c9d1d9;padding:3px 8px;text-align:left}td.n{text-align:right}
            figure{margin:0 0 1rem;border:1px solid #c9d1d9;border-radius:6px;padding:8px}
            figcaption{font-weight:600}svg{width:100%;height:auto;font-size:12px}svg text{fill:#4a5561}
            .grid{stroke:#c9d1d9;stroke-width:1}polyline{fill:none;stroke-width:2.5;stroke-linejoin:round}
            .reached{stroke:#0b5cad;stroke-dasharray:6 4}.answered{stroke:#1e6b34}
            .target-answered{stroke:#a4161a;stroke-width:1.5;stroke-dasharray:2 3}
            .target-reached{stroke:#4a5561;stroke-width:1.5;stroke-dasharray:2 3}
            """;

    String write(AfterActionReport report) {
        Map<String, Object> page = new HashMap<>();
        page.put("style", STYLE);
        page.put("policy", PublicPageLook.POLICY);
        page.put("title", report.title());
        page.put("exercise", report.exercise());
        page.put("incidentType", report.incidentType());
        if (report.scenario() != null) {
            page.put(
                    "scenario",
                    Map.of(
                            "name",
                            report.scenario().name(),
                            "version",
                            report.scenario().version()));
        }
        page.put("declaredAt", when(report.declaredAt()));
        page.put("closedAt", when(report.closedAt()));
        page.put("duration", CurveDrawing.duration(report.durationSeconds()));
        page.put("targeted", report.targeted());
        page.put("reached", report.reached());
        page.put("answered", report.answered());
        page.put("marks", marks(report));
        page.put(
                "channels",
                report.channels().stream().map(AfterActionPage::channel).toList());
        page.put("levels", report.levels().stream().map(AfterActionPage::level).toList());
        page.put("unreachable", report.unreachable());
        page.put(
                "invalidContacts",
                report.invalidContacts().stream().map(AfterActionPage::invalid).toList());
        page.put("rto", rto(report.rto()));
        page.put("charts", charts(report));
        return PAGE.execute(page);
    }

    /**
     * The file's name: the closing date, the scenario and version it was launched from (if any) and the title in plain
     * letters, e.g. {@code after-action-2026-03-14-evacuate-v3-evacuate-riverside.html}, or
     * {@code after-action-2026-03-14-fire-at-riverside.html} for an incident declared by hand.
     */
    static String fileName(AfterActionReport report) {
        String title = slug(report.title());
        String scenario = report.scenario() == null
                ? ""
                : slug(report.scenario().name()) + "-v" + report.scenario().version() + "-";
        return "after-action-" + DAY.format(report.closedAt().atOffset(ZoneOffset.UTC)) + "-" + scenario
                + (title.isEmpty() ? "incident" : title) + ".html";
    }

    /** Plain letters and digits joined by hyphens, at most 40 characters. */
    private static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    private static List<CurveDrawing> charts(AfterActionReport report) {
        var curve = report.curve();
        return Stream.of(List.of(curve.overall()), curve.byChannel(), curve.byLevel())
                .flatMap(List::stream)
                .map(series -> CurveDrawing.of(curve, series))
                .toList();
    }

    private static List<Map<String, String>> marks(AfterActionReport report) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String mark : report.timeToReach().keySet()) {
            rows.add(Map.of(
                    "mark", mark + " %",
                    "reach", after(report.timeToReach().get(mark)),
                    "answer", after(report.timeToAnswer().get(mark))));
        }
        return rows;
    }

    private static Map<String, Object> channel(AfterActionReport.ChannelFigures c) {
        return Map.of(
                "channel", c.channel(),
                "attempted", c.attempted(),
                "delivered", c.delivered(),
                "failed", c.failed(),
                "answered", c.answered(),
                "answerRate", c.answerRate() == null ? "–" : Math.round(c.answerRate() * 100) + " %");
    }

    private static Map<String, Object> level(AfterActionReport.LevelFigures l) {
        return Map.of(
                "level", l.level(),
                "people", l.people(),
                "started", after(l.startedAfterSeconds()),
                "answered", l.answered(),
                "first", after(l.firstAnswerAfterSeconds()),
                "last", after(l.lastAnswerAfterSeconds()));
    }

    private static Map<String, String> invalid(AfterActionReport.InvalidContact c) {
        return Map.of(
                "employeeId", c.employeeId(), "channel", c.channel(), "reason", c.reason() == null ? "" : c.reason());
    }

    private static String rto(AfterActionReport.Rto rto) {
        if (rto.rtoSeconds() == null) {
            return "The incident type has no recovery time objective.";
        }
        return String.format(
                Locale.ROOT,
                "Closed after %s against a recovery time objective of %s: %s.",
                CurveDrawing.duration(rto.elapsedSeconds()),
                CurveDrawing.duration(rto.rtoSeconds()),
                Boolean.TRUE.equals(rto.met()) ? "met" : "missed");
    }

    private static String after(@Nullable Double seconds) {
        return seconds == null ? "not reached" : CurveDrawing.duration(seconds);
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atOffset(ZoneOffset.UTC));
    }
}
