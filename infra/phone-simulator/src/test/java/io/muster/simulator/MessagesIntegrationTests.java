package io.muster.simulator;

import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesIntegrationTests {

    private static final PhoneNumber SENDER = new PhoneNumber("+15550009000");

    private WebhookReceiver app;
    private PhoneSimulator simulator;
    private TwilioRestClient twilio;

    @BeforeEach
    void start() throws Exception {
        app = new WebhookReceiver();
        simulator = PhoneSimulator.start(
                TwilioClients.settings().smsWebhookUrl(app.url("/sms")).build());
        twilio = TwilioClients.pointedAt(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
        app.close();
    }

    @Test
    void createdMessageComesBackToTwilioJavaWithEveryFieldItParses() {
        String phone = freshNumber();
        Message message = Message.creator(new PhoneNumber(phone), SENDER, "Evacuate building B")
                .create(twilio);

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getAccountSid()).isEqualTo(TwilioClients.ACCOUNT_SID);
        assertThat(message.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(message.getTo()).isEqualTo(phone);
        assertThat(message.getFrom()).isEqualTo(SENDER);
        assertThat(message.getBody()).isEqualTo("Evacuate building B");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
        assertThat(message.getNumSegments()).isEqualTo("1");
        assertThat(message.getNumMedia()).isEqualTo("0");
        assertThat(message.getDateCreated()).isCloseTo(ZonedDateTime.now(), within(5, ChronoUnit.SECONDS));
        assertThat(message.getDateUpdated()).isNotNull();
        assertThat(message.getDateSent()).isNotNull();
        assertThat(message.getPrice()).isNull();
        assertThat(message.getErrorCode()).isNull();
        assertThat(message.getErrorMessage()).isNull();
        assertThat(message.getUri())
                .isEqualTo("/2010-04-01/Accounts/" + TwilioClients.ACCOUNT_SID + "/Messages/" + message.getSid()
                        + ".json");
        assertThat(message.getSubresourceUris()).containsKey("media");
    }

    @Test
    void createdMessageLandsInThePhonesInbox() {
        String phone = freshNumber();
        Message message = Message.creator(new PhoneNumber(phone), SENDER, "Are you safe? Reply 1")
                .create(twilio);

        assertThat(simulator.inbox(phone)).singleElement().satisfies(entry -> {
            assertThat(entry.sid()).isEqualTo(message.getSid());
            assertThat(entry.kind()).isEqualTo(PhoneMessage.Kind.SMS);
            assertThat(entry.from()).isEqualTo(SENDER.toString());
            assertThat(entry.body()).isEqualTo("Are you safe? Reply 1");
        });
        assertThat(simulator.stats().messagesCreated()).isEqualTo(1);
    }

    @Test
    void longUnicodeBodyCountsUcs2Segments() {
        Message message = Message.creator(new PhoneNumber(freshNumber()), SENDER, "é".repeat(71))
                .create(twilio);

        assertThat(message.getNumSegments()).isEqualTo("2");
    }

    @Test
    void fetchedMessageIsDeliveredOnceItsStatusAdvanced() {
        Message created =
                Message.creator(new PhoneNumber(freshNumber()), SENDER, "Hello").create(twilio);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                        Message.fetcher(created.getSid()).fetch(twilio).getStatus())
                .isEqualTo(Message.Status.DELIVERED));
    }

    @Test
    void fetchingAnUnknownMessageRaisesNotFound() {
        assertThatThrownBy(() -> Message.fetcher("SM" + "0".repeat(32)).fetch(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo(20404);
                });
    }

    @Test
    void listingFiltersByRecipientAndFollowsPages() {
        String phone = freshNumber();
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sids.add(Message.creator(new PhoneNumber(phone), SENDER, "m" + i)
                    .create(twilio)
                    .getSid());
        }
        Message.creator(new PhoneNumber(freshNumber()), SENDER, "someone else").create(twilio);

        List<String> listed = new ArrayList<>();
        Message.reader()
                .setTo(new PhoneNumber(phone))
                .setPageSize(2L)
                .read(twilio)
                .forEach(m -> listed.add(m.getSid()));

        assertThat(listed).containsExactlyElementsOf(sids.reversed());
    }

    @Test
    void listingFiltersBySendDate() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), SENDER, "today").create(twilio);

        List<Message> fromTomorrow = new ArrayList<>();
        Message.reader()
                .setTo(new PhoneNumber(phone))
                .setDateSentAfter(ZonedDateTime.now().plusDays(1))
                .read(twilio)
                .forEach(fromTomorrow::add);
        List<Message> untilTomorrow = new ArrayList<>();
        Message.reader()
                .setTo(new PhoneNumber(phone))
                .setDateSentBefore(ZonedDateTime.now().plusDays(1))
                .read(twilio)
                .forEach(untilTomorrow::add);

        assertThat(fromTomorrow).isEmpty();
        assertThat(untilTomorrow).hasSize(1);
    }

    @Test
    void secondAccountCanSendButNotSeeTheFirstAccountsMessages() {
        TwilioRestClient second =
                TwilioClients.pointedAt(simulator, TwilioClients.SECOND_ACCOUNT_SID, TwilioClients.SECOND_AUTH_TOKEN);
        Message first =
                Message.creator(new PhoneNumber(freshNumber()), SENDER, "first").create(twilio);

        Message own = Message.creator(new PhoneNumber(freshNumber()), SENDER, "second")
                .create(second);

        assertThat(own.getAccountSid()).isEqualTo(TwilioClients.SECOND_ACCOUNT_SID);
        assertThatThrownBy(() -> Message.fetcher(first.getSid()).fetch(second)).isInstanceOf(ApiException.class);
    }

    @Test
    void wrongCredentialsAreRejectedWith401() {
        TwilioRestClient impostor = TwilioClients.pointedAt(simulator, TwilioClients.ACCOUNT_SID, "wrong-token");

        assertThatThrownBy(() -> Message.creator(new PhoneNumber(freshNumber()), SENDER, "x")
                        .create(impostor))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(e.getCode()).isEqualTo(20003);
                });
        assertThat(simulator.stats().createRequestsRejected()).isEqualTo(1);
    }

    @Test
    void injectedFailuresAnswerTheNextCreateRequestsThenStop() {
        // twilio-java itself sends a request up to three times while it answers 5xx.
        simulator.faults().failNext(Resource.MESSAGES, 503, 3);
        PhoneNumber phone = new PhoneNumber(freshNumber());

        assertThatThrownBy(() -> Message.creator(phone, SENDER, "x").create(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(503);
                    assertThat(e.getCode()).isEqualTo(20503);
                });
        assertThat(Message.creator(phone, SENDER, "x").create(twilio).getSid()).startsWith("SM");
        assertThat(simulator.stats().createRequestsRejected()).isEqualTo(3);
    }

    @Test
    void twilioJavaRetriesAServerErrorThatClearsWithinItsThreeAttempts() {
        simulator.faults().failNext(Resource.MESSAGES, 500, 2);

        Message message =
                Message.creator(new PhoneNumber(freshNumber()), SENDER, "x").create(twilio);

        assertThat(message.getSid()).startsWith("SM");
        assertThat(simulator.stats().createRequestsRejected()).isEqualTo(2);
        assertThat(simulator.stats().messagesCreated()).isEqualTo(1);
    }

    @Test
    void injectedRateLimitCarriesTwiliosCode() {
        simulator.faults().failNext(Resource.MESSAGES, 429, 1);

        assertThatThrownBy(() -> Message.creator(new PhoneNumber(freshNumber()), SENDER, "x")
                        .create(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(429);
                    assertThat(e.getCode()).isEqualTo(20429);
                });
    }

    @Test
    void injectedDelaySlowsEveryRequestUntilCleared() {
        // The delay is far above any request's own time, so a loaded build box cannot blur the two cases.
        Duration delay = Duration.ofMillis(2_000);
        simulator.faults().delay(Resource.MESSAGES, delay);
        long started = System.nanoTime();
        Message.creator(new PhoneNumber(freshNumber()), SENDER, "x").create(twilio);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(delay);

        simulator.faults().clear();
        started = System.nanoTime();
        Message.creator(new PhoneNumber(freshNumber()), SENDER, "x").create(twilio);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(delay);
    }

    @Test
    void invalidNumberIsRejectedWith21211() {
        String phone = freshNumber();
        simulator.numbers().invalid(phone);

        assertThatThrownBy(() ->
                        Message.creator(new PhoneNumber(phone), SENDER, "x").create(twilio))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getCode()).isEqualTo(21211);
                });
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void missingBodyIsRejectedWith21602() {
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(freshNumber()), SENDER, "")
                        .create(twilio))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21602));
    }

    @Test
    void statusCallbacksReportSentThenDeliveredSignedForTheCreatingAccount() {
        Message message = Message.creator(new PhoneNumber(freshNumber()), SENDER, "x")
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);

        WebhookReceiver.Received delivered =
                app.awaitOne(on("/status").and(r -> "delivered".equals(r.param("MessageStatus"))));
        WebhookReceiver.Received sent = app.awaitOne(on("/status").and(r -> "sent".equals(r.param("MessageStatus"))));

        assertThat(delivered.param("MessageSid")).isEqualTo(message.getSid());
        assertThat(delivered.param("AccountSid")).isEqualTo(TwilioClients.ACCOUNT_SID);
        assertThat(delivered.param("To")).isEqualTo(message.getTo());
        assertThat(delivered.param("From")).isEqualTo(SENDER.toString());
        assertThat(delivered.param("ApiVersion")).isEqualTo("2010-04-01");
        assertThat(delivered.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        assertThat(sent.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        assertThat(delivered.signedWith("another-token")).isFalse();
        assertThat(simulator.stats().webhooksSent()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void undeliverableNumberEndsUndeliveredWithErrorCode30003AndAnEmptyInbox() {
        String phone = freshNumber();
        simulator.numbers().undeliverable(phone);

        Message.creator(new PhoneNumber(phone), SENDER, "x")
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);

        WebhookReceiver.Received last =
                app.awaitOne(on("/status").and(r -> "undelivered".equals(r.param("MessageStatus"))));
        assertThat(last.param("ErrorCode")).isEqualTo("30003");
        assertThat(app.received(on("/status").and(r -> "delivered".equals(r.param("MessageStatus")))))
                .isEmpty();
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void withoutStatusCallbacksTheMessageIsStillDeliveredButNothingIsPosted() {
        try (PhoneSimulator quiet = PhoneSimulator.start(
                TwilioClients.settings().smsStatusCallbacks(false).build())) {
            var client = TwilioClients.pointedAt(quiet);
            String phone = freshNumber();
            Message message = Message.creator(new PhoneNumber(phone), SENDER, "x")
                    .setStatusCallback(URI.create(app.url("/status")))
                    .create(client);

            await().atMost(Duration.ofSeconds(5))
                    .until(() ->
                            Message.fetcher(message.getSid()).fetch(client).getStatus() == Message.Status.DELIVERED);
            assertThat(quiet.inbox(phone)).hasSize(1);
            assertThat(quiet.stats().webhooksSent() + quiet.stats().webhooksFailed())
                    .isZero();
            assertThat(app.received(on("/status"))).isEmpty();
        }
    }

    @Test
    void unreachableStatusCallbackIsCountedAsFailedWebhook() {
        Message.creator(new PhoneNumber(freshNumber()), SENDER, "x")
                .setStatusCallback(URI.create("http://127.0.0.1:1/nowhere"))
                .create(twilio);

        await().atMost(Duration.ofSeconds(5)).until(() -> simulator.stats().webhooksFailed() == 2);
    }

    static String freshNumber() {
        return "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }
}
