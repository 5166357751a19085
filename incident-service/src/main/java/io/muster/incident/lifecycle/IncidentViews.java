package io.muster.incident.lifecycle;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.recipient.Counts;
import io.muster.incident.recipient.RecipientHistory;
import io.muster.incident.recipient.RecipientStatistics;
import io.muster.incident.recipient.RecipientView;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts together what the API shows of incidents: the incident, its lifecycle, counts and recipients. */
@Component
class IncidentViews {

    private final Incidents incidents;
    private final RecipientStatistics statistics;
    private final RecipientHistory history;
    private final Clock clock;

    IncidentViews(Incidents incidents, RecipientStatistics statistics, RecipientHistory history, Clock clock) {
        this.incidents = incidents;
        this.statistics = statistics;
        this.history = history;
        this.clock = clock;
    }

    Mono<IncidentView> one(UUID id, int page, int size) {
        return incidents
                .byId(id)
                .switchIfEmpty(Mono.error(() -> new IncidentNotFound(id)))
                .flatMap(found -> Mono.zip(statistics.countsOf(List.of(id)), history.of(id, page, size))
                        .map(more -> view(found, more.getT1().getOrDefault(id, Counts.NONE), more.getT2())));
    }

    /** The incident without recipients (what a change answers, and what the live view polls). */
    Mono<IncidentView> summary(UUID id) {
        return incidents
                .byId(id)
                .switchIfEmpty(Mono.error(() -> new IncidentNotFound(id)))
                .flatMap(found -> statistics
                        .countsOf(List.of(id))
                        .map(counts -> view(found, counts.getOrDefault(id, Counts.NONE), null)));
    }

    /** A just-declared incident with the counts of its declaration. */
    Mono<IncidentView> declared(UUID id, int targeted) {
        return incidents.byId(id).map(found -> view(found, Counts.targeted(targeted), null));
    }

    Mono<List<IncidentView>> newestFirst(int limit) {
        return incidents.newestFirst(limit).collectList().flatMap(list -> statistics
                .countsOf(list.stream().map(t -> t.incident().id()).toList())
                .map(counts -> list.stream()
                        .map(t -> view(t, counts.getOrDefault(t.incident().id(), Counts.NONE), null))
                        .toList()));
    }

    private IncidentView view(Incidents.Tracked found, Counts counts, @Nullable List<RecipientView> recipients) {
        Lifecycle lifecycle = Lifecycle.of(found.lifecycle(), found.incident().declaredAt(), clock.instant());
        return new IncidentView(found.incident(), lifecycle, counts, recipients);
    }
}
