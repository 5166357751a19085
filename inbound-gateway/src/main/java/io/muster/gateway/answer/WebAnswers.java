package io.muster.gateway.answer;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Records an answer given on the page: logged raw, then published. The same answer to the same
 * notification is one event however often it is posted; a different answer is a change of mind.
 */
@Service
class WebAnswers {

    private static final Logger log = LoggerFactory.getLogger(WebAnswers.class);

    private final InboundLog inbound;
    private final Replies replies;

    WebAnswers(InboundLog inbound, Replies replies) {
        this.inbound = inbound;
        this.replies = replies;
    }

    Mono<Void> record(OpenRequest request, String answer, WebAnswer form) {
        String reference = "web:" + request.notificationId() + ":" + answer;
        return inbound.receive(InboundKind.WEB_ANSWER, reference, form.params())
                .filter(entry -> !entry.handled())
                .flatMap(entry -> replies.publish(request, webAnswer(answer, form, reference), reference)
                        .then(inbound.handled(entry.id(), request.notificationId(), "CORRELATED", null)))
                .doOnSuccess(done -> log.info("Web answer {} for notification {}", answer, request.notificationId()));
    }

    private static ReplyReceived.Answer webAnswer(String answer, WebAnswer form, String reference) {
        return new ReplyReceived.Answer(
                "WEB",
                answer,
                form.choice() == null ? answer : form.choice(),
                form.location(),
                form.comment(),
                reference);
    }
}
