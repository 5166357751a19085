package io.muster.gateway.email;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.delivery.Bounces;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.token.AnswerTokens;
import io.muster.tokens.TokenCheck;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A bounce names our alert by the Message-ID it quotes (in its headers or the returned original);
 * even an expired token still says which notification failed.
 */
@Component
class EmailBounces {

    private static final Logger log = LoggerFactory.getLogger(EmailBounces.class);

    private final AnswerTokens tokens;
    private final OpenRequests requests;
    private final Bounces bounces;
    private final InboundLog inbound;

    EmailBounces(AnswerTokens tokens, OpenRequests requests, Bounces bounces, InboundLog inbound) {
        this.tokens = tokens;
        this.requests = requests;
        this.bounces = bounces;
        this.inbound = inbound;
    }

    Mono<Void> handle(InboundEntry entry, ReceivedMail mail) {
        Optional<ReplyTokens> alert = ReplyTokens.in(mail.threadHeaders()).or(() -> ReplyTokens.in(mail.raw()));
        Optional<UUID> notificationId = alert.flatMap(found -> notificationOf(found.token()));
        if (notificationId.isEmpty()) {
            return done(entry, mail, null, "BOUNCE_UNCORRELATED");
        }
        return requests.byNotificationId(notificationId.get())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(request -> request.isEmpty()
                        ? done(entry, mail, null, "BOUNCE_UNKNOWN_NOTIFICATION")
                        : bounces.bounced(
                                        request.get(),
                                        alert.get().attempt(),
                                        mail.messageId(),
                                        address(mail, request.get()))
                                .then(done(entry, mail, request.get().notificationId(), "BOUNCED")));
    }

    /** The delivery-status report names the address; a bare MAILER-DAEMON note leaves us the one we mailed. */
    private static String address(ReceivedMail mail, OpenRequest request) {
        return Objects.requireNonNullElse(
                mail.unreachableAddress(), Objects.requireNonNullElse(request.email(), "the address"));
    }

    private Optional<UUID> notificationOf(String token) {
        return switch (tokens.check(token)) {
            case TokenCheck.Valid valid -> Optional.of(valid.notificationId());
            case TokenCheck.Expired expired -> Optional.of(expired.notificationId());
            case TokenCheck.Invalid invalid -> Optional.empty();
        };
    }

    private Mono<Void> done(InboundEntry entry, ReceivedMail mail, UUID notificationId, String outcome) {
        log.info("Bounce {}: {}", mail.messageId(), outcome);
        return inbound.handled(entry.id(), notificationId, outcome, null);
    }
}
