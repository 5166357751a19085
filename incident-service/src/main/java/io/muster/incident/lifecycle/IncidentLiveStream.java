package io.muster.incident.lifecycle;

import io.muster.incident.recipient.Counts;
import io.muster.incident.recipient.RecipientStatistics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Server-sent events with an incident's progress, for the console's live view: one {@code counts}
 * event at once and another whenever anything in it changes (the overall counts and the breakdowns
 * by level, site and channel), plus a comment every 15 s so that proxies keep the stream open.
 * The counts and breakdowns are read from the database in one reading each second rather than pushed from the consumers, so every
 * instance of the service serves the same numbers whichever instance consumed the events; all the
 * viewers of one incident on an instance share that one read ({@link SharedPolls}).
 */
@RestController
class IncidentLiveStream {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** What the live view shows: the counts and the breakdowns of one reading, so they always add up. */
    record LiveCounts(
            UUID id,
            String status,
            Counts counts,
            List<RecipientStatistics.Row> byLevel,
            List<RecipientStatistics.Row> bySite,
            List<RecipientStatistics.Row> byChannel) {}

    private final IncidentViews views;
    private final SharedPolls<UUID, LiveCounts> polls;

    IncidentLiveStream(IncidentViews views, Incidents incidents, RecipientStatistics statistics) {
        this.views = views;
        this.polls = new SharedPolls<>(id -> summary(incidents, statistics, id), POLL, Schedulers.parallel());
    }

    @GetMapping(path = "/api/incidents/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LiveCounts>> live(@PathVariable UUID id) {
        return views.summary(id).flatMapMany(first -> counts(id).mergeWith(heartbeats()));
    }

    private Flux<ServerSentEvent<LiveCounts>> counts(UUID id) {
        return polls.follow(id)
                .map(counts -> ServerSentEvent.builder(counts).event("counts").build());
    }

    private static Mono<LiveCounts> summary(Incidents incidents, RecipientStatistics statistics, UUID id) {
        return Mono.zip(incidents.byId(id), statistics.breakdownsOf(id))
                .map(both -> new LiveCounts(
                        id,
                        both.getT1().incident().status(),
                        both.getT2().counts(),
                        both.getT2().byLevel(),
                        both.getT2().bySite(),
                        both.getT2().byChannel()));
    }

    private static Flux<ServerSentEvent<LiveCounts>> heartbeats() {
        return Flux.interval(HEARTBEAT).map(tick -> ServerSentEvent.<LiveCounts>builder()
                .comment("keep-alive")
                .build());
    }
}
