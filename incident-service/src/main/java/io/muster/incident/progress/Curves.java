package io.muster.incident.progress;

import io.muster.incident.facts.IncidentFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds an incident's curve (blocking JDBC: call it inside {@code Jdbc.transactional}). It ends now while the incident
 * is open and at its close once closed, or at the last answer or receipt recorded after it, so that late answers,
 * which the after-action report counts, show on the curve too.
 */
@Component
public class Curves {

    private final ProgressQueries queries;
    private final ProgressProperties properties;
    private final Clock clock;

    Curves(ProgressQueries queries, ProgressProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    public Curve of(IncidentFacts incident) {
        return of(incident.id(), incident.declaredAt(), incident.closedAt());
    }

    /** The curve of the incident declared at {@code declaredAt} and closed at {@code closedAt} (null: open). */
    public Curve of(UUID incident, Instant declaredAt, @Nullable Instant closedAt) {
        List<ProgressQueries.Reading> readings = queries.readings(incident);
        Map<UUID, Person> people = people(readings);
        Instant end = latest(closedAt == null ? clock.instant() : closedAt, people.values());
        Buckets buckets = new Buckets(declaredAt, end, properties.maxBuckets());
        return new Curve(
                declaredAt,
                end,
                closedAt != null,
                buckets.widthSeconds(),
                buckets.secondsAfter(),
                new Curve.Targets(properties.reachedTarget(), properties.answeredTarget()),
                series(
                        buckets,
                        "all",
                        "Everyone",
                        people.values().stream().toList(),
                        Person::reachedAt,
                        Person::answeredAt),
                byChannel(buckets, readings),
                byLevel(buckets, people.values()));
    }

    /** A person's first reach and first answer on any channel. */
    private record Person(int level, @Nullable Instant reachedAt, @Nullable Instant answeredAt) {

        Person merge(Person other) {
            return new Person(level, earliest(reachedAt, other.reachedAt), earliest(answeredAt, other.answeredAt));
        }
    }

    private static Map<UUID, Person> people(List<ProgressQueries.Reading> readings) {
        return readings.stream()
                .collect(Collectors.toMap(
                        ProgressQueries.Reading::personId,
                        r -> new Person(r.level(), r.reachedAt(), r.answeredAt()),
                        Person::merge));
    }

    private static List<Curve.Series> byChannel(Buckets buckets, List<ProgressQueries.Reading> readings) {
        Map<String, List<ProgressQueries.Reading>> channels = new TreeMap<>();
        readings.stream().filter(r -> r.channel() != null && r.tried()).forEach(r -> channels.computeIfAbsent(
                        r.channel(), c -> new ArrayList<>())
                .add(r));
        return channels.entrySet().stream()
                .map(c -> series(
                        buckets,
                        c.getKey(),
                        c.getKey(),
                        c.getValue(),
                        ProgressQueries.Reading::reachedAt,
                        ProgressQueries.Reading::answeredAt))
                .toList();
    }

    private static List<Curve.Series> byLevel(Buckets buckets, Collection<Person> people) {
        Map<Integer, List<Person>> levels =
                new TreeMap<>(people.stream().collect(Collectors.groupingBy(Person::level)));
        return levels.entrySet().stream()
                .map(l -> series(
                        buckets,
                        String.valueOf(l.getKey()),
                        l.getKey() == 0 ? "Named / roll call" : "Level " + l.getKey(),
                        l.getValue(),
                        Person::reachedAt,
                        Person::answeredAt))
                .toList();
    }

    private static <T> Curve.Series series(
            Buckets buckets,
            String key,
            String label,
            List<T> members,
            Function<T, @Nullable Instant> reached,
            Function<T, @Nullable Instant> answered) {
        return new Curve.Series(
                key,
                label,
                members.size(),
                buckets.cumulative(members.stream().map(reached).toList()),
                buckets.cumulative(members.stream().map(answered).toList()));
    }

    private static Instant latest(Instant end, Collection<Person> people) {
        return people.stream()
                .flatMap(p -> Stream.of(p.reachedAt(), p.answeredAt()))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .filter(last -> last.isAfter(end))
                .orElse(end);
    }

    private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
