package io.muster.incident.incident;

import io.muster.incident.recipient.Counts;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * Server-sent events with an incident's counts, for the console's live view: one {@code counts}
 * event at once and another whenever they change, plus a comment every 15 s so that proxies keep
 * the stream open. Counts are read from the database each second rather than pushed from the
 * consumers: every instance of the service then serves the same numbers, whichever instance
 * consumed the events.
 */
@RestController
class IncidentLiveStream {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** What the live view shows. */
    record LiveCounts(UUID id, String status, Counts counts) {}

    private final IncidentViews views;

    IncidentLiveStream(IncidentViews views) {
        this.views = views;
    }

    @GetMapping(path = "/api/incidents/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<LiveCounts>> live(@PathVariable UUID id) {
        return views.summary(id).flatMapMany(first -> counts(id).mergeWith(heartbeats()));
    }

    private Flux<ServerSentEvent<LiveCounts>> counts(UUID id) {
        return Flux.interval(Duration.ZERO, POLL)
                .concatMap(tick -> views.summary(id))
                .map(view -> new LiveCounts(view.id(), view.status(), view.counts()))
                .distinctUntilChanged()
                .map(counts -> ServerSentEvent.builder(counts).event("counts").build());
    }

    private static Flux<ServerSentEvent<LiveCounts>> heartbeats() {
        return Flux.interval(HEARTBEAT).map(tick -> ServerSentEvent.<LiveCounts>builder()
                .comment("keep-alive")
                .build());
    }
}
