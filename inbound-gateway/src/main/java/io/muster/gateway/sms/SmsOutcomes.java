package io.muster.gateway.sms;

import io.muster.gateway.correlation.Correlated;
import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.ReplyCorrelator;
import io.muster.gateway.kafka.EventBusUnavailableException;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decides what comes of a batch of first-time SMS replies: a STOP/START is honoured; an answer is
 * correlated (one lookup for the batch) and published (one wait for the batch's acknowledgements);
 * anything else gets the text that says why it answered nothing. A failure marks only the replies it
 * concerns, which then answer with it (the provider retries them); the others go on.
 */
@Component
class SmsOutcomes {

    private final ReplyCorrelator correlator;
    private final Replies replies;
    private final OptOuts optOuts;
    private final SmsLanguage language;

    SmsOutcomes(ReplyCorrelator correlator, Replies replies, OptOuts optOuts, SmsLanguage language) {
        this.correlator = correlator;
        this.replies = replies;
        this.optOuts = optOuts;
        this.language = language;
    }

    /** Completes once every reply of {@code batch} is decided or failed. */
    Mono<Void> decide(List<SmsReply> batch) {
        List<SmsReply> optOutChanges =
                batch.stream().filter(SmsReply::changesOptOut).toList();
        List<SmsReply> answers =
                batch.stream().filter(reply -> !reply.changesOptOut()).toList();
        return Mono.when(optOuts(optOutChanges), answers(answers));
    }

    private Mono<Void> optOuts(List<SmsReply> batch) {
        return Flux.fromIterable(batch)
                .flatMap(reply -> optOut(reply).doOnNext(reply::decided).onErrorResume(failure -> {
                    reply.failed(failure);
                    return Mono.empty();
                }))
                .then();
    }

    private Mono<SmsOutcome> optOut(SmsReply reply) {
        SmsKeyword.Sent keyword = reply.keyword.orElseThrow();
        boolean stop = keyword.keyword() == SmsKeyword.STOP;
        return optOuts.changed(reply.sms, keyword)
                .then(language.of(reply.sms.from()))
                .map(texts ->
                        SmsOutcome.keyword(stop ? "OPTED_OUT" : "OPTED_IN", stop ? texts.stopped() : texts.started()));
    }

    private Mono<Void> answers(List<SmsReply> batch) {
        if (batch.isEmpty()) {
            return Mono.empty();
        }
        return correlator
                .correlateAll(batch.stream().map(SmsReply::text).toList())
                .flatMap(correlated -> publish(batch, correlated))
                .onErrorResume(
                        failure -> isOutage(failure) || batch.size() == 1 ? failAll(batch, failure) : oneByOne(batch));
    }

    /** The database or Kafka is away: every reply of the batch would fail alike, so they all do now. */
    private static boolean isOutage(Throwable failure) {
        return failure instanceof DataAccessException || failure instanceof EventBusUnavailableException;
    }

    private static Mono<Void> failAll(List<SmsReply> batch, Throwable failure) {
        batch.forEach(reply -> reply.failed(failure));
        return Mono.empty();
    }

    /**
     * Anything else is a reply the code cannot handle (nothing was published: that comes last): each
     * is handled alone, so only that one fails and the others of its batch are still answered.
     */
    private Mono<Void> oneByOne(List<SmsReply> batch) {
        return Flux.fromIterable(batch)
                .concatMap(reply -> answers(List.of(reply)))
                .then();
    }

    /** Decides each reply and publishes the answers; an answer whose event Kafka did not take fails. */
    private Mono<Void> publish(List<SmsReply> batch, List<Correlated> correlated) {
        List<SmsReply> answered = new ArrayList<>();
        List<ReplyReceived> events = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            SmsReply reply = batch.get(i);
            Correlation correlation = correlated.get(i).correlation();
            if (correlation instanceof Correlation.Matched matched) {
                answered.add(reply);
                events.add(
                        replies.received(matched.request(), smsAnswer(matched.answer(), reply.sms), identity(reply)));
                reply.decided(matchedOutcome(matched, reply.help()));
            } else {
                SmsAnswers texts = SmsAnswers.of(correlated.get(i).locale());
                reply.decided(unanswered(correlation, texts, reply.help()));
            }
        }
        return events.isEmpty()
                ? Mono.empty()
                : replies.publishAll(events)
                        .doOnNext(failures -> {
                            for (int i = 0; i < failures.size(); i++) {
                                failures.get(i).ifPresent(answered.get(i)::failed);
                            }
                        })
                        .then();
    }

    private static String identity(SmsReply reply) {
        return "sms:" + reply.sms.messageSid();
    }

    /** A bare HELP is an answer (NEEDS_HELP, safety first) from someone with an open request, who also gets the help text. */
    private static SmsOutcome matchedOutcome(Correlation.Matched matched, boolean help) {
        SmsAnswers texts = SmsAnswers.of(matched.request().locale());
        SmsOutcome done = new SmsOutcome(
                "CORRELATED",
                matched.request().notificationId(),
                texts.thankYou(matched.request(), matched.answer(), matched.late()));
        return help ? done.withHelp(texts.help()) : done;
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
