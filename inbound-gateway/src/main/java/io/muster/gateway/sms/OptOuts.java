package io.muster.gateway.sms;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Honours STOP and START: publishes ContactOptOutChanged (keyed by the incident of the number's most
 * recent open request, else by the number) so the opt-out reaches HR; complete once Kafka acknowledged.
 */
@Component
class OptOuts {

    private final OpenRequests requests;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    OptOuts(OpenRequests requests, EventPublisher publisher, TopicsProperties topics, Clock clock) {
        this.requests = requests;
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    Mono<ContactOptOutChanged> changed(InboundSms sms, SmsKeyword.Sent keyword) {
        Instant now = clock.instant();
        return known(sms.from(), now)
                .map(known -> ContactOptOutChanged.of(sms, keyword, known, now))
                .flatMap(event ->
                        publisher.publish(topics.replies(), key(event), event).thenReturn(event));
    }

    private Mono<ContactOptOutChanged.Known> known(String phone, Instant now) {
        Mono<Optional<OpenRequest>> latestOpen =
                requests.knownFor(phone, now).next().map(Optional::of).defaultIfEmpty(Optional.empty());
        return requests.peopleAt(phone)
                .collectList()
                .zipWith(
                        latestOpen,
                        (people, latest) -> new ContactOptOutChanged.Known(
                                people,
                                latest.map(OpenRequest::incidentId).orElse(null),
                                latest.map(OpenRequest::exercise).orElse(false)));
    }

    private static String key(ContactOptOutChanged event) {
        return event.incidentId() == null ? event.address() : event.incidentId().toString();
    }
}
