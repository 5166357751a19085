package io.muster.gateway.delivery;

import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Turns final delivery statuses into NotificationDelivered / NotificationFailed; others are only logged. */
@Service
class DeliveryStatuses {

    private static final Logger log = LoggerFactory.getLogger(DeliveryStatuses.class);

    private final InboundLog inbound;
    private final OpenRequests requests;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    DeliveryStatuses(
            InboundLog inbound, OpenRequests requests, EventPublisher publisher, TopicsProperties topics, Clock clock) {
        this.inbound = inbound;
        this.requests = requests;
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    Mono<Void> handle(StatusCallback callback) {
        return inbound.receive(callback.kind(), callback.providerReference(), callback.params())
                .filter(entry -> !entry.handled())
                .flatMap(entry -> requests.byNotificationId(callback.notificationId())
                        .map(DeliveredNotification::of)
                        .map(Optional::of)
                        .defaultIfEmpty(DeliveredNotification.namedBy(callback))
                        .flatMap(request -> request.isPresent()
                                ? publish(request.get(), callback).flatMap(outcome -> done(entry, callback, outcome))
                                : unknown(entry, callback)));
    }

    private Mono<String> publish(DeliveredNotification request, StatusCallback callback) {
        String key = request.notificationId().toString();
        return switch (callback.outcome()) {
            case DELIVERED ->
                publisher
                        .publish(topics.deliveries(), key, NotificationDelivered.of(request, callback, clock.instant()))
                        .thenReturn("DELIVERED");
            case FAILED ->
                publisher
                        .publish(topics.deliveries(), key, NotificationFailed.of(request, callback, clock.instant()))
                        .thenReturn("FAILED");
            case NOT_FINAL -> Mono.just("NOT_FINAL");
        };
    }

    private Mono<Void> done(InboundEntry entry, StatusCallback callback, String outcome) {
        log.info(
                "Status {} of {} for notification {}: {}",
                callback.status(),
                callback.providerSid(),
                callback.notificationId(),
                outcome);
        return inbound.handled(entry.id(), callback.notificationId(), outcome, null);
    }

    private Mono<Void> unknown(InboundEntry entry, StatusCallback callback) {
        log.warn(
                "Status {} of {} for unknown notification {}",
                callback.status(),
                callback.providerSid(),
                callback.notificationId());
        return inbound.handled(entry.id(), null, "UNKNOWN_NOTIFICATION", null);
    }
}
