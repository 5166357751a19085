package io.muster.gateway.sms;

import io.muster.gateway.PhoneNumbers;
import io.muster.gateway.batch.BatchProperties;
import io.muster.gateway.batch.GroupCommit;
import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.inbound.InboundLog;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Handles SMS replies a batch at a time: the replies that arrive while the previous batches run are
 * logged raw in one statement, decided together ({@link SmsOutcomes}: one correlation lookup, one
 * wait for Kafka), and their outcomes recorded in one statement; then each sender is answered. Per
 * reply this leaves only its own work: the per-reply reactive steps this replaced were the largest
 * cost of the gateway's database thread (docs/replies-gateway.md, "Session 5").
 *
 * <p>A replay of a handled webhook gets the same answer and publishes nothing; a half-handled one is
 * handled again (same event ids, so at most a duplicate the consumers drop). A reply answers only
 * once its row and outcome are committed and its event acknowledged.
 */
@Service
class SmsReplies {

    private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

    private final InboundLog inbound;
    private final SmsOutcomes outcomes;
    private final GroupCommit<InboundSms, SmsReply> batches;
    private final ConcurrentMap<String, Mono<SmsReply>> inFlight = new ConcurrentHashMap<>();

    SmsReplies(InboundLog inbound, SmsOutcomes outcomes, BatchProperties batches) {
        this.inbound = inbound;
        this.outcomes = outcomes;
        this.batches = batches.groupCommit(this::handleAll);
    }

    /**
     * The text to send back. A second delivery of a webhook this instance is still handling (the
     * provider retrying a slow answer) waits for the first and gets its answer, instead of being taken
     * for a half-handled one and published again.
     */
    Mono<String> handle(InboundSms sms) {
        return Mono.defer(() -> inFlight.computeIfAbsent(sms.messageSid(), sid -> batches.submit(sms)
                        .doFinally(signal -> inFlight.remove(sid))
                        .cache()))
                .flatMap(SmsReply::answer);
    }

    private Mono<List<SmsReply>> handleAll(List<InboundSms> batch) {
        return inbound.receiveAll(InboundKind.SMS_REPLY, batch, InboundSms::messageSid, InboundSms::params)
                .map(entries -> SmsReply.all(batch, entries))
                .flatMap(replies -> {
                    List<SmsReply> fresh =
                            replies.stream().filter(reply -> !reply.replayed()).toList();
                    return outcomes.decide(fresh)
                            // deferred: the outcomes exist only once decide has run
                            .then(Mono.defer(() -> inbound.handledAll(fresh.stream()
                                    .flatMap(reply -> reply.logged().stream())
                                    .toList())))
                            .doOnSuccess(done -> logged(replies))
                            .thenReturn(replies);
                });
    }

    // DEBUG, not INFO, for an outcome: the inbound log already records every one, and a line per reply
    // at thousands of replies per second is CPU and disk the reply path should not spend
    private static void logged(List<SmsReply> replies) {
        for (SmsReply reply : replies) {
            if (reply.replayed()) {
                log.info(
                        "Replayed SMS {} from {} answered as before",
                        reply.sms.messageSid(),
                        PhoneNumbers.masked(reply.sms.from()));
            } else if (log.isDebugEnabled()) {
                log.debug(
                        "SMS {} from {}: {}",
                        reply.sms.messageSid(),
                        PhoneNumbers.masked(reply.sms.from()),
                        Optional.ofNullable(reply.outcome())
                                .map(SmsOutcome::outcome)
                                .orElse("not handled"));
            }
        }
    }
}
