package io.muster.gateway.voice;

import com.twilio.twiml.VoiceResponse;
import io.muster.gateway.bridge.Bridge;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import io.muster.gateway.token.TokenRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Handles a key pressed at a menu: logged raw first, then published as ReplyReceived and confirmed
 * (with a chance to change it). Replay protection keys on the delivery, the keypad prompt of the call,
 * never on the key: a replay of a handled webhook gets the same TwiML and publishes nothing, while a key
 * pressed at a later prompt is a new answer (2, 1, 2 on one call is three answers; the latest wins).
 */
@Service
class VoiceAnswers {

    private static final Logger log = LoggerFactory.getLogger(VoiceAnswers.class);
    private static final String REPEAT = "9";

    private final InboundLog inbound;
    private final Replies replies;
    private final Bridge bridge;

    VoiceAnswers(InboundLog inbound, Replies replies, Bridge bridge) {
        this.inbound = inbound;
        this.replies = replies;
        this.bridge = bridge;
    }

    /** The TwiML to answer with. */
    Mono<String> handle(TokenRequest resolved, String token, GatheredDigits pressed) {
        return inbound.receive(InboundKind.VOICE_GATHER, pressed.providerReference(), pressed.params())
                .flatMap(entry -> entry.handled() && entry.reply() != null
                        ? Mono.just(entry.reply())
                        : firstTime(entry, resolved, token, pressed));
    }

    private Mono<String> firstTime(InboundEntry entry, TokenRequest resolved, String token, GatheredDigits pressed) {
        if (!(resolved instanceof TokenRequest.Open open)) {
            log.warn("Keys pressed on call {} with an unusable answer token: {}", pressed.callSid(), resolved);
            return done(entry, null, "UNUSABLE_TOKEN", VoiceScripts.apology());
        }
        return bridge.offers(open.request().incidentId(), open.request().personId())
                .flatMap(bridged -> answer(entry, open, token, pressed, bridged));
    }

    private Mono<String> answer(
            InboundEntry entry, TokenRequest.Open open, String token, GatheredDigits pressed, boolean bridged) {
        OpenRequest request = open.request();
        int next = pressed.nextPrompt();
        Optional<String> answer = REPEAT.equals(pressed.digits())
                ? Optional.empty()
                : request.answerFor(pressed.digits())
                        .filter(a -> !pressed.digits().isEmpty());
        if (answer.isPresent()) {
            return replies.publish(
                            request,
                            voiceAnswer(answer.get(), pressed),
                            "voice:" + pressed.providerReference(),
                            open.incidentClosed())
                    .then(done(entry, request, "CORRELATED", VoiceScripts.confirmed(request, token, next, bridged)));
        }
        if (bridged && Bridge.KEY.equals(pressed.digits())) {
            return done(
                    entry, request, "BRIDGE", bridge.join(request.incidentId(), request.personId(), request.locale()));
        }
        return REPEAT.equals(pressed.digits())
                ? done(entry, request, "REPEATED", VoiceScripts.messageAndMenu(request, token, next, bridged))
                : done(entry, request, "NOT_UNDERSTOOD", VoiceScripts.menuAgain(request, token, next, bridged));
    }

    private Mono<String> done(InboundEntry entry, @Nullable OpenRequest request, String outcome, VoiceResponse twiml) {
        return done(entry, request, outcome, twiml.toXml());
    }

    private Mono<String> done(InboundEntry entry, @Nullable OpenRequest request, String outcome, String xml) {
        log.info("Call keys for notification {}: {}", request == null ? null : request.notificationId(), outcome);
        return inbound.handled(entry.id(), request == null ? null : request.notificationId(), outcome, xml)
                .thenReturn(xml);
    }

    private static ReplyReceived.Answer voiceAnswer(String answer, GatheredDigits pressed) {
        return new ReplyReceived.Answer("VOICE", answer, pressed.digits(), null, null, pressed.callSid());
    }
}
