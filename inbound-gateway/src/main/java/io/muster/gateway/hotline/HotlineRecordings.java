package io.muster.gateway.hotline;

import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Recording status callbacks: a completed recording is kept first, then, for an identified caller, published
 * as HotlineMessageRecorded (keyed by incident) and marked published. An unidentified caller's message stays in
 * the gateway for operators: it names no incident whose log it could join. A caller who claimed to be someone and
 * could not prove it is flagged: their message also goes to each open incident of the claimed person, as an
 * unverified message from nobody in particular, and stays with the operators, who may attach it once they know.
 */
@Service
class HotlineRecordings {

    private static final Logger log = LoggerFactory.getLogger(HotlineRecordings.class);

    private final HotlineCalls calls;
    private final HotlineMessages messages;
    private final HotlineRequests requests;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    HotlineRecordings(
            HotlineCalls calls,
            HotlineMessages messages,
            HotlineRequests requests,
            EventPublisher publisher,
            TopicsProperties topics,
            Clock clock) {
        this.calls = calls;
        this.messages = messages;
        this.requests = requests;
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    Mono<Void> completed(RecordedMessage callback) {
        if (!callback.completed()) {
            log.info("Recording {} of call {}: {}", callback.recordingSid(), callback.callSid(), callback.status());
            return Mono.empty();
        }
        return calls.callerNumber(callback.callSid())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .map(number -> callback.from(number.orElse(null)))
                .flatMap(message ->
                        messages.keep(message).flatMap(published -> published ? Mono.empty() : publish(message)));
    }

    private Mono<Void> publish(RecordedMessage message) {
        if (message.claimedPersonId() != null) {
            return publishUnverified(message, message.claimedPersonId());
        }
        if (message.personId() == null || message.incidentId() == null) {
            log.info("Kept message {} of an unidentified caller for operators", message.recordingSid());
            return Mono.empty();
        }
        return requests.latest(message.personId(), message.incidentId())
                .flatMap(incident -> publisher
                        .publish(
                                topics.replies(),
                                incident.incidentId().toString(),
                                HotlineMessageRecorded.of(message, incident, clock.instant()))
                        .then(messages.published(message.recordingSid(), clock.instant())))
                .switchIfEmpty(Mono.fromRunnable(() -> log.warn(
                        "Kept message {}: its person was never asked about its incident", message.recordingSid())));
    }

    private Mono<Void> publishUnverified(RecordedMessage message, UUID claimed) {
        return requests.byPerson(claimed)
                .flatMapMany(Flux::fromIterable)
                .concatMap(incident -> publisher.publish(
                        topics.replies(),
                        incident.incidentId().toString(),
                        HotlineMessageRecorded.unverified(message, incident, clock.instant())))
                .then(messages.published(message.recordingSid(), clock.instant()))
                .doOnSuccess(done -> log.info(
                        "Kept message {} of an unverified caller for operators, flagged to the claimed person's incidents",
                        message.recordingSid()));
    }
}
