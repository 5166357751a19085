package io.muster.incident.exercise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Time per escalation level: when it started, and how long its people took to answer. */
final class Levels {

    private Levels() {}

    static List<AfterActionReport.LevelFigures> of(List<AfterActionQueries.PersonFacts> people, Instant declaredAt) {
        Map<Integer, List<AfterActionQueries.PersonFacts>> byLevel = new TreeMap<>();
        people.forEach(
                p -> byLevel.computeIfAbsent(p.level(), l -> new ArrayList<>()).add(p));
        List<AfterActionReport.LevelFigures> levels = new ArrayList<>();
        byLevel.forEach((level, members) -> levels.add(figures(level, members, declaredAt)));
        return levels;
    }

    private static AfterActionReport.LevelFigures figures(
            int level, List<AfterActionQueries.PersonFacts> members, Instant declaredAt) {
        Instant started = members.stream()
                .map(AfterActionQueries.PersonFacts::notifiedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<Instant> answers = members.stream()
                .map(AfterActionQueries.PersonFacts::answeredAt)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        return new AfterActionReport.LevelFigures(
                level,
                members.size(),
                started == null ? null : AfterActions.seconds(declaredAt, started),
                answers.size(),
                after(started, answers.isEmpty() ? null : answers.getFirst()),
                after(started, answers.isEmpty() ? null : answers.getLast()));
    }

    private static @Nullable Double after(@Nullable Instant start, @Nullable Instant end) {
        return start == null || end == null ? null : AfterActions.seconds(start, end);
    }
}
