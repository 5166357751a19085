package io.muster.incident.incident;

import io.muster.incident.recipient.Counts;
import io.muster.incident.recipient.RecipientHistory;
import io.muster.incident.recipient.RecipientStatistics;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts together what the API shows of incidents: the incident, its counts and its recipients. */
@Component
class IncidentViews {

    private final Incidents incidents;
    private final RecipientStatistics statistics;
    private final RecipientHistory history;

    IncidentViews(Incidents incidents, RecipientStatistics statistics, RecipientHistory history) {
        this.incidents = incidents;
        this.statistics = statistics;
        this.history = history;
    }

    Mono<IncidentView> one(UUID id, int page, int size) {
        return incidents
                .byId(id)
                .switchIfEmpty(Mono.error(() -> new IncidentNotFound(id)))
                .flatMap(incident -> Mono.zip(statistics.countsOf(List.of(id)), history.of(id, page, size))
                        .map(found ->
                                IncidentView.of(incident, found.getT1().getOrDefault(id, Counts.NONE), found.getT2())));
    }

    Mono<List<IncidentView>> newestFirst(int limit) {
        return incidents.newestFirst(limit).collectList().flatMap(list -> statistics
                .countsOf(list.stream().map(Incident::id).toList())
                .map(counts -> list.stream()
                        .map(i -> IncidentView.of(i, counts.getOrDefault(i.id(), Counts.NONE), null))
                        .toList()));
    }
}
