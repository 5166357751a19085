package io.muster.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.muster.gateway.correlation.Correlated;
import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.CorrelationProperties;
import io.muster.gateway.correlation.ReplyCorrelator;
import io.muster.gateway.correlation.ReplyCorrelator.TextReply;
import io.muster.gateway.inbound.InboundEntry;
import io.muster.gateway.inbound.Outcome;
import io.muster.gateway.reply.Replies;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** How a batch of SMS replies fails: one reply the code cannot handle alone, an outage all at once. */
class SmsOutcomesTests {

    private final ReplyCorrelator correlator = mock(ReplyCorrelator.class);
    private final SmsOutcomes outcomes = new SmsOutcomes(
            correlator,
            mock(Replies.class),
            mock(OptOuts.class),
            mock(SmsLanguage.class),
            mock(HeldReplies.class),
            new CorrelationProperties(
                    Duration.ofDays(7), Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(5)),
            Clock.systemUTC());

    @Test
    void aReplyThatBreaksItsBatchFailsAloneAndTheOthersAreStillDecided() {
        IllegalStateException bug = new IllegalStateException("a reply the code cannot handle");
        when(correlator.correlateAll(anyList())).thenAnswer(call -> {
            List<TextReply> texts = call.getArgument(0);
            return texts.stream().anyMatch(text -> text.body().equals("breaks"))
                    ? Mono.error(bug)
                    : Mono.just(texts.stream().map(text -> unmatched()).toList());
        });
        List<SmsReply> batch = batch("1", "breaks", "2");

        StepVerifier.create(outcomes.decide(batch)).verifyComplete();

        assertThat(batch.get(0).logged()).map(Outcome::outcome).contains(Correlation.Unmatched.NO_OPEN_REQUEST);
        assertThat(batch.get(2).logged()).map(Outcome::outcome).contains(Correlation.Unmatched.NO_OPEN_REQUEST);
        assertThat(batch.get(1).logged()).isEmpty();
        StepVerifier.create(batch.get(1).answer())
                .expectErrorMatches(bug::equals)
                .verify();
        StepVerifier.create(batch.get(0).answer())
                .expectNext(SmsAnswers.ENGLISH.unmatched())
                .verifyComplete();
    }

    @Test
    void aDatabaseOutageFailsTheWholeBatchAtOnceWithoutTryingEachReply() {
        var outage = new DataAccessResourceFailureException("database away");
        when(correlator.correlateAll(anyList())).thenReturn(Mono.error(outage));
        List<SmsReply> batch = batch("1", "2", "3");

        StepVerifier.create(outcomes.decide(batch)).verifyComplete();

        verify(correlator, times(1)).correlateAll(anyList());
        assertThat(batch).allSatisfy(reply -> {
            assertThat(reply.logged()).isEmpty();
            StepVerifier.create(reply.answer())
                    .expectErrorMatches(outage::equals)
                    .verify();
        });
    }

    private static Correlated unmatched() {
        return new Correlated(new Correlation.Unmatched(Correlation.Unmatched.NO_OPEN_REQUEST, false), null);
    }

    private static List<SmsReply> batch(String... bodies) {
        List<InboundSms> sms = new java.util.ArrayList<>();
        List<InboundEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            sms.add(new InboundSms("SM" + i, "+1555000000" + i, bodies[i], Map.of()));
            entries.add(new InboundEntry(i, false, null));
        }
        return SmsReply.all(sms, entries);
    }
}
