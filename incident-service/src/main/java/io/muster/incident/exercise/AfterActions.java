package io.muster.incident.exercise;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.progress.Curves;
import io.muster.incident.storage.Jdbc;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Builds the after-action report of a closed incident from what was recorded. Computed when asked,
 * so answers and receipts that arrive after the closing are included.
 */
@Component
class AfterActions {

    private static final int[] MARKS = {50, 90, 100};

    private final AfterActionQueries queries;
    private final Curves curves;
    private final Jdbc jdbc;

    AfterActions(AfterActionQueries queries, Curves curves, Jdbc jdbc) {
        this.queries = queries;
        this.curves = curves;
        this.jdbc = jdbc;
    }

    Mono<AfterActionReport> of(UUID id) {
        return jdbc.transactional(() -> build(id));
    }

    private AfterActionReport build(UUID id) {
        var incident = queries.incident(id).orElseThrow(() -> new IncidentNotFound(id));
        Instant closedAt = incident.closedAt();
        if (closedAt == null) {
            throw new IncidentNotClosed(id);
        }
        Instant start = incident.declaredAt();
        List<AfterActionQueries.PersonFacts> people = queries.people(id);
        double elapsed = seconds(start, closedAt);
        Double rto = incident.rtoSeconds();
        return new AfterActionReport(
                id,
                incident.title(),
                incident.exercise(),
                incident.type(),
                start,
                closedAt,
                elapsed,
                people.size(),
                (int) people.stream().filter(p -> p.reachedAt() != null).count(),
                (int) people.stream().filter(p -> p.answeredAt() != null).count(),
                marks(people, AfterActionQueries.PersonFacts::reachedAt, start),
                marks(people, AfterActionQueries.PersonFacts::answeredAt, start),
                queries.channels(id),
                unreachable(people),
                queries.invalidContacts(id),
                Levels.of(people, start),
                new AfterActionReport.Rto(rto, elapsed, rto == null ? null : elapsed <= rto),
                incident.scenario(),
                curves.of(id, start, closedAt));
    }

    /** Seconds until the n-th person (n = ceil(mark % of everyone)) got there; null if never. */
    private static Map<String, @Nullable Double> marks(
            List<AfterActionQueries.PersonFacts> people,
            Function<AfterActionQueries.PersonFacts, @Nullable Instant> when,
            Instant start) {
        List<Instant> times =
                people.stream().map(when).filter(Objects::nonNull).sorted().toList();
        Map<String, @Nullable Double> marks = new LinkedHashMap<>();
        for (int mark : MARKS) {
            int needed = (int) Math.ceil(mark * people.size() / 100.0);
            marks.put(
                    String.valueOf(mark),
                    needed == 0 || times.size() < needed ? null : seconds(start, times.get(needed - 1)));
        }
        return marks;
    }

    /** Tried, failed, and neither reached nor answered on any channel. */
    private static List<AfterActionReport.PersonRef> unreachable(List<AfterActionQueries.PersonFacts> people) {
        List<AfterActionReport.PersonRef> unreachable = new ArrayList<>();
        for (var p : people) {
            if (p.failedAny() && p.reachedAt() == null && p.answeredAt() == null) {
                unreachable.add(new AfterActionReport.PersonRef(p.personId(), p.employeeId(), p.name()));
            }
        }
        return unreachable;
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
