package io.muster.gateway.bridge;

import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/**
 * Rings in a member the incident-service asked for, through the operator API's code ({@link BridgeCalls}, once per
 * request: the request's id is the ring-in key), and publishes BridgeCallFailed when the call cannot be placed, with
 * the problem type the operator API would have answered, so the console can show it.
 */
@Component
class RequestedBridgeCalls {

    private static final Logger log = LoggerFactory.getLogger(RequestedBridgeCalls.class);

    private final BridgeCalls calls;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    RequestedBridgeCalls(BridgeCalls calls, EventPublisher publisher, TopicsProperties topics, Clock clock) {
        this.calls = calls;
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    Mono<Void> ring(BridgeCallRequested request) {
        UUID incidentId = Objects.requireNonNull(request.incidentId());
        UUID personId = Objects.requireNonNull(request.personId());
        String by = "incident-service:" + Objects.requireNonNullElse(request.requestedBy(), "unknown");
        return calls.ringPerson(incidentId, personId, request.ringInKey(), by)
                .then()
                .onErrorResume(ErrorResponseException.class, problem -> failed(request, slug(problem)));
    }

    private Mono<Void> failed(BridgeCallRequested request, String reason) {
        log.warn("Could not ring a member into the bridge of incident {}: {}", request.incidentId(), reason);
        return publisher.publish(
                topics.replies(),
                Objects.requireNonNull(request.incidentId()).toString(),
                BridgeCallFailed.of(request, reason, clock.instant()));
    }

    /** The last part of the problem's type ({@code urn:muster:problem:bridge-call-failed}). */
    private static String slug(ErrorResponseException problem) {
        URI type = problem.getBody().getType();
        String text = type == null ? "" : type.toString();
        return text.isEmpty() ? "bridge-call-failed" : text.substring(text.lastIndexOf(':') + 1);
    }
}
