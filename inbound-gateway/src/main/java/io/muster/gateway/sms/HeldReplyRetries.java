package io.muster.gateway.sms;

import io.muster.gateway.PhoneNumbers;
import io.muster.gateway.correlation.Correlated;
import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.CorrelationProperties;
import io.muster.gateway.correlation.ReplyCorrelator;
import io.muster.gateway.inbound.Outcome;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tries held SMS answers again, on a thread of its own: as soon as a request to their number has been indexed,
 * and a last time when their hold ends. A match is published with the time the answer arrived (its event id is
 * the one it would have had at once, so it is published once); a reply still matching nothing after its hold,
 * or matching more than one question, goes to the operators' list.
 */
@Component
class HeldReplyRetries implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HeldReplyRetries.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int PER_TRY = 100;

    private final HeldReplies held;
    private final ReplyCorrelator correlator;
    private final Replies replies;
    private final CorrelationProperties properties;
    private final Clock clock;
    private ScheduledExecutorService timer;

    HeldReplyRetries(
            HeldReplies held,
            ReplyCorrelator correlator,
            Replies replies,
            CorrelationProperties properties,
            Clock clock) {
        this.held = held;
        this.correlator = correlator;
        this.replies = replies;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("held-replies").daemon().factory());
        long every = properties.heldRetryInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tryQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    private void tryQuietly() {
        try {
            tryDue().block();
        } catch (RuntimeException e) {
            // the database or Kafka is away: the leases lapse and the next try takes the rows again
            log.warn("Trying held SMS answers failed, will retry: {}", e.toString());
        }
    }

    /** One round: the due held replies, each correlated as at its arrival, then published or resolved. */
    Mono<Void> tryDue() {
        Instant now = clock.instant();
        return held.claimDue(now, LEASE, PER_TRY)
                .flatMapMany(Flux::fromIterable)
                .concatMap(reply -> correlator
                        .correlateAsReceived(reply.text(), reply.receivedAt())
                        .map(correlated -> new Tried(reply, correlated)))
                .collectList()
                .flatMap(tried -> settle(tried, now));
    }

    private record Tried(HeldReply reply, Correlated correlated) {}

    private Mono<Void> settle(List<Tried> tried, Instant now) {
        List<HeldReply> keep = new ArrayList<>();
        List<Outcome> resolved = new ArrayList<>();
        List<Tried> matched = new ArrayList<>();
        for (Tried each : tried) {
            switch (each.correlated().correlation()) {
                case Correlation.Matched m -> matched.add(each);
                case Correlation.Unmatched(var reason, var answer) -> {
                    if (now.isBefore(each.reply().holdUntil())) {
                        keep.add(each.reply());
                    } else {
                        resolved.add(unmatched(each.reply(), reason));
                    }
                }
                case Correlation.Ambiguous a ->
                    resolved.add(Outcome.of(each.reply().inboundId(), null, "AMBIGUOUS", null));
                case Correlation.SharedNumber s ->
                    resolved.add(Outcome.of(each.reply().inboundId(), null, "SHARED_NUMBER", null));
                case Correlation.NotUnderstood n ->
                    resolved.add(Outcome.of(each.reply().inboundId(), null, "NOT_UNDERSTOOD", null));
            }
        }
        return publish(matched)
                .map(published -> {
                    resolved.addAll(published);
                    return resolved;
                })
                .flatMap(outcomes -> held.keep(keep, now).then(held.resolve(outcomes)))
                .doOnSuccess(done -> logged(tried, keep.size()));
    }

    /**
     * Nothing claimed it: an operator may attach it; a bare HELP, though, was the carrier keyword after all
     * (its sender got the help text), which is for nobody to attach.
     */
    private static Outcome unmatched(HeldReply reply, String reason) {
        return SmsKeyword.in(reply.body()).isPresent()
                ? Outcome.keyword(reply.inboundId(), "HELP", null)
                : Outcome.of(reply.inboundId(), null, reason, null);
    }

    /** The matched ones' events; those Kafka took are resolved, the others wait for their lease to lapse. */
    private Mono<List<Outcome>> publish(List<Tried> matched) {
        if (matched.isEmpty()) {
            return Mono.just(List.of());
        }
        List<ReplyReceived> events = matched.stream().map(this::event).toList();
        return replies.publishAll(events).map(failures -> {
            List<Outcome> published = new ArrayList<>();
            for (int i = 0; i < matched.size(); i++) {
                Optional<?> failure = failures.get(i);
                if (failure.isEmpty()) {
                    var match =
                            (Correlation.Matched) matched.get(i).correlated().correlation();
                    published.add(Outcome.of(
                            matched.get(i).reply().inboundId(), match.request().notificationId(), "CORRELATED", null));
                }
            }
            return published;
        });
    }

    private ReplyReceived event(Tried tried) {
        var match = (Correlation.Matched) tried.correlated().correlation();
        HeldReply reply = tried.reply();
        return replies.receivedAt(
                match.request(),
                SmsOutcomes.smsAnswer(match.answer(), reply.body(), reply.messageSid()),
                SmsOutcomes.identity(reply.messageSid()),
                reply.receivedAt(),
                match.late());
    }

    private static void logged(List<Tried> tried, int kept) {
        for (Tried each : tried) {
            log.info(
                    "Held SMS {} from {}: {}",
                    each.reply().messageSid(),
                    PhoneNumbers.masked(each.reply().phone()),
                    each.correlated().correlation() instanceof Correlation.Matched ? "published" : "tried");
        }
        if (kept > 0) {
            log.debug("{} held SMS answers still wait for their request", kept);
        }
    }
}
