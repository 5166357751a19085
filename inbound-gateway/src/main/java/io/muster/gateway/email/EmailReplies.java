package io.muster.gateway.email;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyParser;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import io.muster.gateway.token.TokenRequest;
import io.muster.gateway.token.TokenRequests;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Handles one mail from the reply mailbox: logged raw first (its Message-ID makes a re-read mail a
 * no-op), then a bounce fails the notification and a reply is correlated by its token and published.
 */
@Service
class EmailReplies {

    private static final Logger log = LoggerFactory.getLogger(EmailReplies.class);

    private final InboundLog inbound;
    private final TokenRequests tokens;
    private final Replies replies;
    private final EmailBounces bounces;

    EmailReplies(InboundLog inbound, TokenRequests tokens, Replies replies, EmailBounces bounces) {
        this.inbound = inbound;
        this.tokens = tokens;
        this.replies = replies;
        this.bounces = bounces;
    }

    Mono<Void> handle(ReceivedMail mail) {
        return inbound.receive(InboundKind.EMAIL, mail.messageId(), mail.params())
                .filter(entry -> !entry.handled())
                .flatMap(entry -> mail.bounce() ? bounces.handle(entry, mail) : reply(entry, mail));
    }

    private Mono<Void> reply(InboundEntry entry, ReceivedMail mail) {
        Optional<ReplyTokens> token = ReplyTokens.in(mail.threadHeaders());
        if (token.isEmpty()) {
            return done(entry, mail, null, "UNCORRELATED");
        }
        return tokens.resolve(token.get().token()).flatMap(resolved -> switch (resolved) {
            case TokenRequest.Open open -> answer(entry, mail, open.request(), open.incidentClosed());
            case TokenRequest.Closed closed -> done(entry, mail, null, "INCIDENT_CLOSED");
            case TokenRequest.Expired expired -> done(entry, mail, null, "EXPIRED_TOKEN");
            case TokenRequest.Unknown unknown -> done(entry, mail, null, "UNKNOWN_TOKEN");
        });
    }

    /**
     * Every reply mail is its own delivery (its Message-ID): the same answer mailed again counts again, and the
     * latest wins downstream. A reply about a closed incident is recorded as late.
     */
    private Mono<Void> answer(InboundEntry entry, ReceivedMail mail, OpenRequest request, boolean incidentClosed) {
        ReplyText text = ReplyText.of(mail.text());
        Optional<String> answer = ReplyParser.parse(text.answerLine())
                .flatMap(parsed -> parsed.answerTo(request))
                .filter(a -> request.asksForAnswer());
        if (answer.isEmpty()) {
            return done(entry, mail, request, "NOT_UNDERSTOOD");
        }
        var reply = new ReplyReceived.Answer(
                "EMAIL", answer.get(), text.answerLine(), null, text.comment(), mail.messageId());
        return replies.publish(request, reply, "email:" + mail.messageId(), incidentClosed)
                .then(done(entry, mail, request, "CORRELATED"));
    }

    private Mono<Void> done(InboundEntry entry, ReceivedMail mail, OpenRequest request, String outcome) {
        log.info("Email {}: {}", mail.messageId(), outcome);
        return inbound.handled(entry.id(), request == null ? null : request.notificationId(), outcome, null);
    }
}
