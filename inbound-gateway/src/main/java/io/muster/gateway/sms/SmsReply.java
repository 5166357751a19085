package io.muster.gateway.sms;

import io.muster.gateway.correlation.ReplyCorrelator.TextReply;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One SMS reply on its way through a batch: how it was logged, what came of it, or why it could not be
 * handled. Written only by the batch's steps, one after another, so it needs no locking.
 */
final class SmsReply {

    final InboundSms sms;
    final InboundEntry entry;
    final Optional<SmsKeyword.Sent> keyword;
    private @Nullable SmsOutcome outcome;
    private @Nullable Throwable failure;

    private SmsReply(InboundSms sms, InboundEntry entry) {
        this.sms = sms;
        this.entry = entry;
        this.keyword = SmsKeyword.in(sms.body());
    }

    /** The batch's replies with the inbound-log entries they got, in the same order. */
    static List<SmsReply> all(List<InboundSms> batch, List<InboundEntry> entries) {
        List<SmsReply> replies = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            replies.add(new SmsReply(batch.get(i), entries.get(i)));
        }
        return replies;
    }

    /** A replay of a webhook handled before: answered as before, nothing published again. */
    boolean replayed() {
        return entry.handled();
    }

    boolean changesOptOut() {
        return keyword.filter(SmsKeyword.Sent::changesOptOut).isPresent();
    }

    /** A HELP keyword that did not change an opt-out: an answer from someone with an open request. */
    boolean help() {
        return keyword.isPresent();
    }

    TextReply text() {
        return new TextReply(sms.from(), sms.body());
    }

    void decided(SmsOutcome outcome) {
        this.outcome = outcome;
    }

    void failed(Throwable failure) {
        this.failure = failure;
    }

    /** Decided and not failed: its outcome goes into the inbound log. */
    Optional<Outcome> logged() {
        if (failure != null || outcome == null) {
            return Optional.empty();
        }
        return Optional.of(
                outcome.forNoOperator()
                        ? Outcome.keyword(entry.id(), outcome.outcome(), outcome.reply())
                        : Outcome.of(entry.id(), outcome.notificationId(), outcome.outcome(), outcome.reply()));
    }

    /** The text to send back, or why this reply could not be handled (the provider then retries it). */
    Mono<String> answer() {
        if (failure != null) {
            return Mono.error(failure);
        }
        if (replayed()) {
            return Mono.just(Objects.requireNonNullElse(entry.reply(), SmsAnswers.ENGLISH.unmatched()));
        }
        return outcome == null
                ? Mono.error(new IllegalStateException("SMS reply left undecided"))
                : Mono.just(outcome.reply());
    }

    @Nullable
    SmsOutcome outcome() {
        return outcome;
    }
}
