package io.muster.gateway.operator;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Attaches an uncorrelated inbound entry to a request by hand: the entry is claimed first (so a
 * second attachment is a conflict), then the answer is published with channel OPERATOR; if Kafka
 * does not take it, the claim is given back and the operator may try again.
 */
@Service
class Attachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    private final InboundEntries entries;
    private final OpenRequests requests;
    private final Replies replies;

    Attachments(InboundEntries entries, OpenRequests requests, Replies replies) {
        this.entries = entries;
        this.requests = requests;
        this.replies = replies;
    }

    Mono<InboundRecord> attach(long id, Attachment attachment, String operator) {
        attachment.validate();
        return entries.byId(id)
                .switchIfEmpty(Mono.error(() -> OperatorProblem.entryNotFound(id)))
                .filter(entry -> Boolean.FALSE.equals(entry.correlated()) && entry.attachedBy() == null)
                .switchIfEmpty(Mono.error(() -> OperatorProblem.alreadyCorrelated(id)))
                .zipWith(request(attachment))
                .flatMap(both -> publish(both.getT1(), both.getT2(), attachment, operator));
    }

    private Mono<OpenRequest> request(Attachment attachment) {
        return requests.byNotificationId(Objects.requireNonNull(attachment.notificationId()))
                .switchIfEmpty(Mono.error(() -> OperatorProblem.unacceptable(
                        "unknown-notification", "The gateway knows no notification " + attachment.notificationId())))
                .filter(request -> request.personId().equals(attachment.personId()))
                .switchIfEmpty(Mono.error(() -> OperatorProblem.unacceptable(
                        "person-mismatch", "That notification was not sent to that person.")));
    }

    private Mono<InboundRecord> publish(
            InboundRecord entry, OpenRequest request, Attachment attachment, String operator) {
        String answer = request.answerFor(
                        Objects.requireNonNull(attachment.answer()).strip())
                .orElseThrow(() -> OperatorProblem.unacceptable(
                        "answer-not-offered", "That notification does not offer the answer " + attachment.answer()));
        var reply = new ReplyReceived.Answer(
                "OPERATOR",
                answer,
                Objects.requireNonNullElse(entry.text(), answer),
                null,
                attachment.comment(),
                entry.providerReference());
        return entries.attach(entry.id(), request.notificationId(), operator, attachment.comment())
                .switchIfEmpty(Mono.error(() -> OperatorProblem.alreadyCorrelated(entry.id())))
                .flatMap(attached -> replies.publishAttached(
                                request, reply, "operator:" + entry.id(), entry.receivedAt(), operator)
                        .onErrorResume(
                                e -> entries.release(entry.id(), operator).then(Mono.error(e)))
                        .thenReturn(attached))
                .doOnNext(attached -> log.info(
                        "Inbound entry {} attached by {} to notification {} as {}",
                        entry.id(),
                        operator,
                        request.notificationId(),
                        answer));
    }
}
