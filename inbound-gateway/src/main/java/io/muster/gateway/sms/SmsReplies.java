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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Handles an SMS reply: logged raw first, then a STOP/START is honoured, an answer correlated and
 * published, and the sender answered. A replay of a handled webhook gets the same answer and
 * publishes nothing; a half-handled one is handled again (same event ids, so at most a duplicate
 * the consumers drop).
 */
@Service
class SmsReplies {

    private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

    private final InboundLog inbound;
    private final ReplyCorrelator correlator;
    private final Replies replies;
    private final OptOuts optOuts;
    private final SmsLanguage language;

    SmsReplies(InboundLog inbound, ReplyCorrelator correlator, Replies replies, OptOuts optOuts, SmsLanguage language) {
        this.inbound = inbound;
        this.correlator = correlator;
        this.replies = replies;
        this.optOuts = optOuts;
        this.language = language;
    }

    /** The text to send back. */
    Mono<String> handle(InboundSms sms) {
        return inbound.receive(InboundKind.SMS_REPLY, sms.messageSid(), sms.params())
                .flatMap(entry -> entry.handled() ? replayed(entry, sms) : firstTime(entry, sms));
    }

    private Mono<String> replayed(InboundEntry entry, InboundSms sms) {
        log.info("Replayed SMS {} from {} answered as before", sms.messageSid(), PhoneNumbers.masked(sms.from()));
        return Mono.just(Objects.requireNonNullElse(entry.reply(), SmsAnswers.ENGLISH.unmatched()));
    }

    private Mono<String> firstTime(InboundEntry entry, InboundSms sms) {
        Optional<SmsKeyword.Sent> keyword = SmsKeyword.in(sms.body());
        Mono<SmsOutcome> outcome = keyword.filter(SmsKeyword.Sent::changesOptOut)
                .map(optOut -> optOut(optOut, sms))
                .orElseGet(() -> correlator
                        .correlate(sms.from(), sms.body())
                        .flatMap(correlation -> outcome(correlation, sms, keyword.isPresent())));
        // DEBUG, not INFO: the inbound log already records every outcome, and a log line per reply
        // at thousands of replies per second is CPU and disk the reply path should not spend
        return outcome.flatMap(done -> record(entry, done))
                .doOnNext(done -> log.debug(
                        "SMS {} from {}: {}", sms.messageSid(), PhoneNumbers.masked(sms.from()), done.outcome()))
                .map(SmsOutcome::reply);
    }

    private Mono<SmsOutcome> record(InboundEntry entry, SmsOutcome outcome) {
        Mono<Void> logged = outcome.keyword()
                ? inbound.handledKeyword(entry.id(), outcome.outcome(), outcome.reply())
                : inbound.handled(entry.id(), outcome.notificationId(), outcome.outcome(), outcome.reply());
        return logged.thenReturn(outcome);
    }

    private Mono<SmsOutcome> optOut(SmsKeyword.Sent keyword, InboundSms sms) {
        boolean stop = keyword.keyword() == SmsKeyword.STOP;
        return optOuts.changed(sms, keyword)
                .then(language.of(sms.from()))
                .map(texts ->
                        SmsOutcome.keyword(stop ? "OPTED_OUT" : "OPTED_IN", stop ? texts.stopped() : texts.started()));
    }

    /**
     * A bare HELP is an answer (NEEDS_HELP, safety first) from someone with an open request, who also
     * gets the help text; from anyone else it is the HELP keyword.
     */
    private Mono<SmsOutcome> outcome(Correlation correlation, InboundSms sms, boolean help) {
        if (correlation instanceof Correlation.Matched(var request, var answer, var late)) {
            SmsAnswers texts = SmsAnswers.of(request.locale());
            return replies.publish(request, smsAnswer(answer, sms), "sms:" + sms.messageSid())
                    .thenReturn(new SmsOutcome(
                            "CORRELATED", request.notificationId(), texts.thankYou(request, answer, late)))
                    .map(done -> help ? done.withHelp(texts.help()) : done);
        }
        return language.of(sms.from()).map(texts -> unanswered(correlation, texts, help));
    }

    /** What a reply that answers no single request gets back, in the language of the number's latest request. */
    private static SmsOutcome unanswered(Correlation correlation, SmsAnswers texts, boolean help) {
        return switch (correlation) {
            case Correlation.Matched matched -> throw new IllegalStateException("answered above");
            case Correlation.Ambiguous(var open, var code) ->
                new SmsOutcome("AMBIGUOUS", null, texts.askForCode(open, code));
            case Correlation.SharedNumber shared -> new SmsOutcome("SHARED_NUMBER", null, texts.sharedNumber());
            case Correlation.NotUnderstood(var options, var needsCode) ->
                help
                        ? SmsOutcome.keyword("HELP", texts.help())
                        : new SmsOutcome("NOT_UNDERSTOOD", null, texts.options(options, needsCode));
            case Correlation.Unmatched(var reason) ->
                help ? SmsOutcome.keyword("HELP", texts.help()) : new SmsOutcome(reason, null, texts.unmatched());
        };
    }

    private static ReplyReceived.Answer smsAnswer(String answer, InboundSms sms) {
        return new ReplyReceived.Answer("SMS", answer, sms.body().strip(), null, null, sms.messageSid());
    }
}
