package io.muster.gateway.answer;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Records an answer given on the page: logged raw, then published. Replay protection keys on the delivery,
 * never on the value: one submission of the page's form, posted again as it was, is one answer; every new
 * submission is another (a changed answer, the same answer with a new location or comment; the latest wins
 * downstream). A form without a submission id (an old page, a script) is a new submission each time.
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

    /** @param incidentClosed the incident has closed: the answer is recorded as late */
    Mono<Void> record(OpenRequest request, String answer, WebAnswer form, boolean incidentClosed) {
        UUID submission = Objects.requireNonNullElseGet(form.submission(), UUID::randomUUID);
        String reference = "web:" + request.notificationId() + ":" + form.delivery(submission);
        return inbound.receive(InboundKind.WEB_ANSWER, reference, form.params())
                .filter(entry -> !entry.handled())
                .flatMap(
                        entry -> replies.publish(request, webAnswer(answer, form, reference), reference, incidentClosed)
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
