package io.muster.gateway.sms;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    /**
     * Replies of every kind posted at once: a batch decides each on its own (a STOP, an unknown number,
     * garbage, a bare answer with two open alerts, a French number, answers), and the same webhook
     * delivered twice at once publishes once.
     */
    @Test
    void aBatchOfDifferentRepliesGivesEachItsOwnAnswerAndOutcome() throws Exception {
        var answering = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        var twoOpen = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        twoOpen.anotherIncident("48").publishedAndIndexed(kafka, openRequests);
        var french = openRequestTo(newPhoneNumber(), "47").inLocale("fr").publishedAndIndexed(kafka, openRequests);
        var stopping = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String batch = newMessageSid().substring(0, 24);
        Map<String, Map<String, String>> posts = new java.util.LinkedHashMap<>();
        posts.put(batch + "a1", SmsReplyIntegrationTests.params(answering.phone(), "2 47", batch + "a1"));
        posts.put(batch + "a2", SmsReplyIntegrationTests.params(answering.phone(), "2 47", batch + "a1"));
        posts.put(batch + "b", SmsReplyIntegrationTests.params(twoOpen.phone(), "1", batch + "b"));
        posts.put(batch + "c", SmsReplyIntegrationTests.params(french.phone(), "1 99", batch + "c"));
        posts.put(batch + "d", SmsReplyIntegrationTests.params(stopping.phone(), "STOP", batch + "d"));
        posts.put(batch + "e", SmsReplyIntegrationTests.params(newPhoneNumber(), "1", batch + "e"));

        Map<String, String> answers = postedAtOnce(posts);

        assertThat(answers.get(batch + "a1")).contains("Thank you. Recorded: NEEDS_HELP");
        assertThat(answers.get(batch + "a2")).isEqualTo(answers.get(batch + "a1"));
        assertThat(answers.get(batch + "b")).contains("You have 2 open alerts.");
        assertThat(answers.get(batch + "c")).contains("Merci, votre réponse nous est parvenue.");
        assertThat(answers.get(batch + "d")).contains("You will no longer receive Muster alerts by SMS");
        assertThat(answers.get(batch + "e")).contains("Thank you. We have received your reply.");
        assertThat(loggedOutcomes(batch + "a")).containsExactly("true CORRELATED");
        assertThat(loggedOutcomes(batch + "b")).containsExactly("false AMBIGUOUS");
        assertThat(loggedOutcomes(batch + "d")).containsExactly("null OPTED_OUT");
        // the two answers that matched nothing are held for their request, then handed to operators
        await().atMost(PUBLISHED)
                .until(() -> loggedOutcomes(batch + "c").equals(List.of("false UNKNOWN_CODE"))
                        && loggedOutcomes(batch + "e").equals(List.of("false UNMATCHED")));
        try (var probe = probe("muster.reply.v1")) {
            probe.awaitRecord(about(answering, batch + "a1"), PUBLISHED);
            probe.awaitRecord(record -> record.value().contains(batch + "d"), PUBLISHED);
            List<ConsumerRecord<String, String>> published =
                    probe.recordsWithin(record -> record.value().contains(batch), QUIET);
            assertThat(published).hasSize(2);
        }
    }

    /** Each webhook posted at the same time; the TwiML answers by key. */
    private Map<String, String> postedAtOnce(Map<String, Map<String, String>> posts) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, Future<String>> answers = new java.util.LinkedHashMap<>();
            posts.forEach((key, params) -> answers.put(key, threads.submit(() -> postSigned(INBOUND, params, TOKEN)
                    .expectStatus()
                    .isOk()
                    .returnResult(String.class)
                    .getResponseBody()
                    .collect(Collectors.joining())
                    .block())));
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            answers.forEach((key, answer) -> texts.put(key, answerOf(answer)));
            return texts;
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
