package io.muster.gateway.hotline;

import io.muster.gateway.kafka.EventPublisher;
import io.muster.gateway.kafka.TopicsProperties;
import io.muster.gateway.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/**
 * Messages of callers the hotline could not identify, for operators: listed, and attached by hand to a person
 * and an incident they are part of. The message is claimed first (a second attachment is a conflict), then
 * published as HotlineMessageRecorded to that incident's log; if Kafka does not take it the claim is given back.
 */
@Service
class UnidentifiedMessages {

    private static final Logger log = LoggerFactory.getLogger(UnidentifiedMessages.class);

    private final HotlineMessages messages;
    private final HotlineRequests requests;
    private final EventPublisher publisher;
    private final TopicsProperties topics;
    private final Clock clock;

    UnidentifiedMessages(
            HotlineMessages messages,
            HotlineRequests requests,
            EventPublisher publisher,
            TopicsProperties topics,
            Clock clock) {
        this.messages = messages;
        this.requests = requests;
        this.publisher = publisher;
        this.topics = topics;
        this.clock = clock;
    }

    Mono<HotlineMessagePage> page(@Nullable Boolean attached, int page, int size) {
        return messages.unidentified(attached, page, size)
                .collectList()
                .zipWith(
                        messages.countUnidentified(attached),
                        (items, total) -> new HotlineMessagePage(page, size, total, items));
    }

    Mono<HotlineMessageView> attach(String recordingSid, MessageAttachment attachment, String operator) {
        attachment.validate();
        var person = Objects.requireNonNull(attachment.personId());
        var incident = Objects.requireNonNull(attachment.incidentId());
        String comment = attachment.comment() == null || attachment.comment().isBlank()
                ? null
                : attachment.comment().strip();
        return messages.view(recordingSid)
                .switchIfEmpty(Mono.error(() -> problem(
                        HttpStatus.NOT_FOUND, "hotline-message-not-found", "No hotline message " + recordingSid + ".")))
                .filter(view -> view.incidentId() == null)
                .switchIfEmpty(Mono.error(() -> alreadyAttached(recordingSid)))
                .then(requests.latest(person, incident))
                .switchIfEmpty(Mono.error(() -> problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "person-not-in-incident",
                        "That person was never asked about that incident.")))
                .flatMap(request -> claimAndPublish(recordingSid, request, operator, comment))
                .then(messages.view(recordingSid));
    }

    private Mono<Void> claimAndPublish(
            String recordingSid, CallerIncident request, String operator, @Nullable String comment) {
        Instant now = clock.instant();
        return messages.attach(recordingSid, request.personId(), request.incidentId(), operator, comment, now)
                .switchIfEmpty(Mono.error(() -> alreadyAttached(recordingSid)))
                .flatMap(message -> publisher
                        .publish(
                                topics.replies(),
                                request.incidentId().toString(),
                                HotlineMessageRecorded.attached(message, request, now))
                        .onErrorResume(
                                e -> messages.release(recordingSid, operator).then(Mono.error(e)))
                        .then(messages.published(recordingSid, now)))
                .doOnSuccess(done -> log.info(
                        "Hotline message {} attached by {} to incident {}",
                        recordingSid,
                        operator,
                        request.incidentId()));
    }

    private static ErrorResponseException alreadyAttached(String recordingSid) {
        return problem(
                HttpStatus.CONFLICT,
                "already-attached",
                "Hotline message " + recordingSid + " already belongs to an incident.");
    }

    static ErrorResponseException problem(HttpStatus status, String slug, String detail) {
        return new ErrorResponseException(status, Problems.of(status, slug, detail), null);
    }
}
