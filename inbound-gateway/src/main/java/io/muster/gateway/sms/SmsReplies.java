package io.muster.gateway.sms;

import io.muster.gateway.PhoneNumbers;
import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.ReplyCorrelator;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.inbound.InboundLog;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Handles an SMS reply: logged raw first, then correlated, published and answered. A replay of a
 * handled webhook gets the same answer and publishes nothing; a half-handled one is handled again.
 */
@Service
class SmsReplies {

    private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

    private final InboundLog inbound;
    private final ReplyCorrelator correlator;
    private final Replies replies;

    SmsReplies(InboundLog inbound, ReplyCorrelator correlator, Replies replies) {
        this.inbound = inbound;
        this.correlator = correlator;
        this.replies = replies;
    }

    /** The text to send back. */
    Mono<String> handle(InboundSms sms) {
        return inbound.receive(InboundKind.SMS_REPLY, sms.messageSid(), sms.params())
                .flatMap(entry -> entry.handled() ? replayed(entry, sms) : firstTime(entry, sms));
    }

    private Mono<String> replayed(InboundEntry entry, InboundSms sms) {
        log.info("Replayed SMS {} from {} answered as before", sms.messageSid(), PhoneNumbers.masked(sms.from()));
        return Mono.just(Objects.requireNonNullElse(entry.reply(), SmsAnswers.UNMATCHED));
    }

    private Mono<String> firstTime(InboundEntry entry, InboundSms sms) {
        return correlator
                .correlate(sms.from(), sms.body())
                .flatMap(correlation -> outcome(correlation, sms))
                .flatMap(outcome -> inbound.handled(
                                entry.id(), outcome.notificationId(), outcome.outcome(), outcome.reply())
                        .thenReturn(outcome))
                .doOnNext(outcome -> log.info(
                        "SMS {} from {}: {}", sms.messageSid(), PhoneNumbers.masked(sms.from()), outcome.outcome()))
                .map(SmsOutcome::reply);
    }

    private Mono<SmsOutcome> outcome(Correlation correlation, InboundSms sms) {
        return switch (correlation) {
            case Correlation.Matched(var request, var answer) ->
                replies.publish(request, smsAnswer(answer, sms), "sms:" + sms.messageSid())
                        .thenReturn(new SmsOutcome(
                                "CORRELATED", request.notificationId(), SmsAnswers.thankYou(request, answer)));
            case Correlation.Ambiguous(var open, var code) ->
                Mono.just(new SmsOutcome("AMBIGUOUS", null, SmsAnswers.askForCode(open, code)));
            case Correlation.NotUnderstood(var options, var needsCode) ->
                Mono.just(new SmsOutcome("NOT_UNDERSTOOD", null, SmsAnswers.options(options, needsCode)));
            case Correlation.Unmatched() -> Mono.just(new SmsOutcome("UNMATCHED", null, SmsAnswers.UNMATCHED));
        };
    }

    private static ReplyReceived.Answer smsAnswer(String answer, InboundSms sms) {
        return new ReplyReceived.Answer("SMS", answer, sms.body().strip(), null, null, sms.messageSid());
    }
}
