package io.muster.gateway.sms;

import io.muster.gateway.correlation.Correlated;
import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.CorrelationProperties;
import io.muster.gateway.correlation.ReplyCorrelator;
import io.muster.gateway.kafka.EventBusUnavailableException;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decides what comes of a batch of first-time SMS replies: a STOP/START is honoured; an answer is
 * correlated (one lookup for the batch) and published (one wait for the batch's acknowledgements); an
 * answer that matches nothing yet is held (one insert for the batch) and its sender told neutrally that it
 * arrived; anything else gets the text that says why it answered nothing. A failure marks only the replies it
 * concerns, which then answer with it (the provider retries them); the others go on.
 */
@Component
class SmsOutcomes {

    private final ReplyCorrelator correlator;
    private final Replies replies;
    private final OptOuts optOuts;
    private final SmsLanguage language;
    private final HeldReplies held;
    private final CorrelationProperties correlation;
    private final Clock clock;

    SmsOutcomes(
            ReplyCorrelator correlator,
            Replies replies,
            OptOuts optOuts,
            SmsLanguage language,
            HeldReplies held,
            CorrelationProperties correlation,
            Clock clock) {
        this.correlator = correlator;
        this.replies = replies;
        this.optOuts = optOuts;
        this.language = language;
        this.held = held;
        this.correlation = correlation;
        this.clock = clock;
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

    /**
     * Decides each reply, publishes the answers and holds those that matched nothing yet (a reply may arrive
     * before its request is indexed); an answer whose event Kafka did not take, or a hold not stored, fails.
     */
    private Mono<Void> publish(List<SmsReply> batch, List<Correlated> correlated) {
        List<SmsReply> answered = new ArrayList<>();
        List<ReplyReceived> events = new ArrayList<>();
        List<SmsReply> holding = new ArrayList<>();
        List<HeldReply> holds = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            SmsReply reply = batch.get(i);
            Correlation correlation = correlated.get(i).correlation();
            SmsAnswers texts = SmsAnswers.of(correlated.get(i).locale());
            if (correlation instanceof Correlation.Matched matched) {
                answered.add(reply);
                events.add(replies.received(
                        matched.request(),
                        smsAnswer(matched.answer(), reply.sms.body(), reply.sms.messageSid()),
                        identity(reply.sms.messageSid()),
                        matched.late()));
                reply.decided(matchedOutcome(matched, reply.help()));
            } else if (correlation instanceof Correlation.Unmatched unmatched && unmatched.answer()) {
                holding.add(reply);
                holds.add(held(reply, now));
                reply.decided(SmsOutcome.held(reply.help() ? texts.help() : texts.held()));
            } else {
                reply.decided(unanswered(correlation, texts, reply.help()));
            }
        }
        Mono<Void> published = events.isEmpty()
                ? Mono.empty()
                : replies.publishAll(events)
                        .doOnNext(failures -> {
                            for (int i = 0; i < failures.size(); i++) {
                                failures.get(i).ifPresent(answered.get(i)::failed);
                            }
                        })
                        .then();
        Mono<Void> stored = holds.isEmpty()
                ? Mono.empty()
                : held.holdAll(holds).onErrorResume(failure -> {
                    holding.forEach(reply -> reply.failed(failure));
                    return Mono.empty();
                });
        return Mono.when(published, stored);
    }

    private HeldReply held(SmsReply reply, Instant now) {
        return new HeldReply(
                reply.entry.id(),
                reply.sms.from(),
                reply.sms.messageSid(),
                reply.sms.body(),
                now,
                now.plus(correlation.holdWindow()),
                now);
    }

    /** What makes an SMS answer unique: its MessageSid (the event id derives from it). */
    static String identity(String messageSid) {
        return "sms:" + messageSid;
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
            case Correlation.Ambiguous(var alerts) -> new SmsOutcome("AMBIGUOUS", null, texts.askForCode(alerts));
            case Correlation.SharedNumber shared -> new SmsOutcome("SHARED_NUMBER", null, texts.sharedNumber());
            case Correlation.NotUnderstood(var options, var needsCode) ->
                help
                        ? SmsOutcome.keyword("HELP", texts.help())
                        : new SmsOutcome("NOT_UNDERSTOOD", null, texts.options(options, needsCode));
            case Correlation.Unmatched(var reason, var answer) ->
                help ? SmsOutcome.keyword("HELP", texts.help()) : new SmsOutcome(reason, null, texts.unmatched());
        };
    }

    static ReplyReceived.Answer smsAnswer(String answer, String body, String messageSid) {
        return new ReplyReceived.Answer("SMS", answer, body.strip(), null, null, messageSid);
    }
}
