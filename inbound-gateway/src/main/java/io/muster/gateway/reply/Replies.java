package io.muster.gateway.reply;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.kafka.EventBusUnavailableException;
import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Publishes answers to the replies topic, keyed by incident, complete once Kafka acknowledged them. */
@Component
public class Replies {

    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    Replies(EventPublisher publisher, TopicsProperties topics, Clock clock) {
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    /** @param identity what makes this answer unique on its channel; the event id derives from it */
    public Mono<Void> publish(OpenRequest request, ReplyReceived.Answer answer, String identity) {
        return publish(ReplyReceived.of(request, answer, identity, clock.instant()));
    }

    /**
     * An answer an operator attached by hand to {@code request}. It happened when the person's
     * message arrived ({@code receivedAt}), which also decides whether it was late, not when it was attached.
     */
    public Mono<Void> publishAttached(
            OpenRequest request, ReplyReceived.Answer answer, String identity, Instant receivedAt, String attachedBy) {
        return publish(ReplyReceived.of(request, answer, identity, receivedAt, attachedBy));
    }

    /**
     * An answer to {@code request} received now, late or not as correlation decided (the incident may
     * have closed), to publish with {@link #publishAll}.
     */
    public ReplyReceived received(OpenRequest request, ReplyReceived.Answer answer, String identity, boolean late) {
        return ReplyReceived.of(request, answer, identity, clock.instant(), late, null);
    }

    /** An answer given at {@code receivedAt} (a held reply, published once its request is known). */
    public ReplyReceived receivedAt(
            OpenRequest request, ReplyReceived.Answer answer, String identity, Instant receivedAt, boolean late) {
        return ReplyReceived.of(request, answer, identity, receivedAt, late, null);
    }

    /**
     * An answer named by a token (web page, call, email): late after the request's window, or when the
     * incident has closed ({@code closed}), which only the incident topic tells.
     */
    public Mono<Void> publish(OpenRequest request, ReplyReceived.Answer answer, String identity, boolean closed) {
        Instant now = clock.instant();
        return publish(ReplyReceived.of(request, answer, identity, now, closed || !request.isOpenAt(now), null));
    }

    /** Publishes a batch of answers: for each, in order, empty once acknowledged or why it was not. */
    public Mono<List<Optional<EventBusUnavailableException>>> publishAll(List<ReplyReceived> events) {
        return publisher.publishAll(
                topics.replies(),
                events.stream()
                        .map(event ->
                                new EventPublisher.Keyed(event.incidentId().toString(), event))
                        .toList());
    }

    private Mono<Void> publish(ReplyReceived event) {
        return publisher.publish(topics.replies(), event.incidentId().toString(), event);
    }
}
