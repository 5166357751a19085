package io.muster.gateway.delivery;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Publishes a bounced email as a permanent NotificationFailed, so the person moves to the next channel. */
@Component
public class Bounces {

    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    Bounces(EventPublisher publisher, TopicsProperties topics, Clock clock) {
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    /** @param bounceId the bounce's own Message-ID: the event id derives from it, so a re-read bounce is one event */
    public Mono<Void> bounced(OpenRequest request, int attempt, String bounceId, String unreachableAddress) {
        var event = NotificationFailed.bounced(
                DeliveredNotification.of(request),
                attempt,
                bounceId,
                "bounced: " + unreachableAddress + " unreachable",
                clock.instant());
        return publisher.publish(topics.deliveries(), request.notificationId().toString(), event);
    }
}
