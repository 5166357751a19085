package io.muster.gateway.reply;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import java.time.Instant;
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

    private Mono<Void> publish(ReplyReceived event) {
        return publisher.publish(topics.replies(), event.incidentId().toString(), event);
    }
}
