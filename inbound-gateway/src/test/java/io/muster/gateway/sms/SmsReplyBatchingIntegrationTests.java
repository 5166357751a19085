package io.muster.gateway.sms;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Replies arriving together share the inbound log's and the correlation index's statements (group
 * commit): each must still land on its own person, once, with its own log entry.
 */
class SmsReplyBatchingIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";
    private static final int PEOPLE = 16;

    @Test
    void repliesArrivingTogetherAreEachLoggedCorrelatedAndPublishedOnceAndTheirReplaysTooChangeNothing()
            throws Exception {
        List<NotificationRequestFixture> requests = IntStream.range(0, PEOPLE)
                .mapToObj(i -> openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests))
                .toList();
        String batch = newMessageSid().substring(0, 20);
        Map<NotificationRequestFixture, String> sids = requests.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        r -> batch + r.notificationId().toString().substring(0, 8)));

        List<String> answers = allAtOnce(requests, sids);
        List<String> replayed = allAtOnce(requests, sids);

        assertThat(answers).allSatisfy(twiml -> assertThat(twiml).contains("Thank you. Recorded: SAFE"));
        assertThat(replayed).isEqualTo(answers);
        assertThat(loggedOutcomes(batch)).hasSize(PEOPLE).containsOnly("true CORRELATED");
        try (var probe = probe("muster.reply.v1")) {
            for (var request : requests) {
                probe.awaitRecord(about(request, sids.get(request)), PUBLISHED);
            }
            List<ConsumerRecord<String, String>> published =
                    probe.recordsWithin(record -> record.value().contains(batch), QUIET);
            assertThat(published).hasSize(PEOPLE);
            requests.forEach(request -> assertThat(published)
                    .filteredOn(about(request, sids.get(request)))
                    .hasSize(1));
        }
    }

    /** Every request's reply posted at the same time; the TwiML answers in the requests' order. */
    private List<String> allAtOnce(
            List<NotificationRequestFixture> requests, Map<NotificationRequestFixture, String> sids) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> answers = threads.invokeAll(requests.stream()
                    .<Callable<String>>map(request -> () -> postSigned(
                                    INBOUND,
                                    SmsReplyIntegrationTests.params(request.phone(), "1", sids.get(request)),
                                    TOKEN)
                            .expectStatus()
                            .isOk()
                            .returnResult(String.class)
                            .getResponseBody()
                            .collect(Collectors.joining())
                            .block())
                    .toList());
            return answers.stream()
                    .map(SmsReplyBatchingIntegrationTests::answerOf)
                    .toList();
        }
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> about(
            NotificationRequestFixture request, String sid) {
        return record -> record.value().contains(sid)
                && record.value().contains(request.personId().toString())
                && record.value().contains(request.notificationId().toString());
    }

    private static String answerOf(Future<String> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
