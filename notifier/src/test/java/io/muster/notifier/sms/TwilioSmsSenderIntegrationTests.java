package io.muster.notifier.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.ProviderFailure;
import io.muster.notifier.channel.ProviderFailure.Kind;
import io.muster.notifier.token.AnswerTokens;
import io.muster.notifier.twilio.TwilioClientConfiguration;
import io.muster.notifier.twilio.TwilioProperties;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.Resource;
import io.muster.simulator.SimulatorSettings;
import io.muster.tokens.TokensProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The Twilio adapter against the phone simulator, without Spring. */
class TwilioSmsSenderIntegrationTests {

    private static final String SID = "AC00000000000000000000000000000002";
    private static final PhoneSimulator simulator = PhoneSimulator.start(
            SimulatorSettings.builder().port(0).account(SID, "token").build());

    private final TwilioProperties twilio = new TwilioProperties(
            SID,
            "token",
            "+15550009999",
            URI.create(simulator.baseUrl()),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            10,
            100,
            10,
            null);
    private static final List<URI> callbacks = new CopyOnWriteArrayList<>();
    private static final HttpServer gateway = gateway();

    private final NotifierProperties notifier =
            SmsTextTests.notifier("http://127.0.0.1:" + gateway.getAddress().getPort() + "/");
    private final TwilioSmsSender sender = new TwilioSmsSender(
            TwilioClientConfiguration.accounts(twilio).getFirst(),
            notifier,
            new AnswerTokens(new TokensProperties(List.of("secret"), null), Clock.systemUTC()),
            new SmsText(new AlertTexts(new Messages()), notifier));

    private String send(String to, int attempt) {
        return sender.send(sender.prepare(SmsTextTests.fireAlarm(false), to, attempt));
    }

    @AfterAll
    static void stop() {
        simulator.close();
        gateway.stop(0);
    }

    /** Stands in for the inbound gateway: records the status callbacks Twilio posts. */
    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                callbacks.add(exchange.getRequestURI());
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void asksTwilioForStatusCallbacksAtTheGatewayNamingTheWholeContextOfTheNotification() {
        var request = SmsTextTests.fireAlarm(false);

        sender.send(sender.prepare(request, "+15550200004", 3));

        await().atMost(Duration.ofSeconds(10)).until(() -> !callbacks.isEmpty());
        assertThat(callbacks.getFirst().getPath()).isEqualTo("/webhooks/twilio/sms/status");
        assertThat(callbacks.getFirst().getQuery())
                .isEqualTo("notificationId=" + request.notificationId() + "&channel=SMS&attempt=3"
                        + "&incidentId=" + request.incidentId() + "&personId=" + request.personId()
                        + "&exercise=false");
    }

    @Test
    void sendsTheTextToThePhoneAndReturnsTwiliosSid() {
        String sid = send("+15550200001", 1);

        assertThat(simulator.inbox("+15550200001")).singleElement().satisfies(sms -> {
            assertThat(sms.sid()).isEqualTo(sid);
            assertThat(sms.from()).isEqualTo("+15550009999");
            assertThat(sms.body()).contains("(code 47). Answer: http://127.0.0.1:");
        });
    }

    @Test
    void oneSendIsExactlyOneProviderRequestEvenWhenTwilioAnswersUnavailable() {
        simulator.faults().failNext(Resource.MESSAGES, 503, 2);
        long rejectedBefore = simulator.stats().createRequestsRejected();

        ProviderFailure failure = catchThrowableOfType(ProviderFailure.class, () -> send("+15550200002", 1));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(simulator.stats().createRequestsRejected()).isEqualTo(rejectedBefore + 1);
        assertThat(simulator.inbox("+15550200002")).isEmpty();
        simulator.faults().clear();
    }

    @Test
    void findsASentMessageByItsExactBodyAndNothingForABodyNeverSent() {
        var outgoing = sender.prepare(SmsTextTests.fireAlarm(false), "+15550200005", 1);
        java.time.Instant before = java.time.Instant.now();
        String sid = sender.send(outgoing);

        assertThat(sender.lookUp("+15550200005", before, outgoing.contentSha256(), heldElsewhere -> java.util.Set.of()))
                .isEqualTo(new io.muster.notifier.channel.ProviderLookup.Found(sid));
        assertThat(sender.lookUp("+15550200005", before, "0".repeat(64), heldElsewhere -> java.util.Set.of()))
                .isInstanceOf(io.muster.notifier.channel.ProviderLookup.NotFound.class);
    }

    @Test
    void invalidNumberIsAPermanentFailure() {
        simulator.numbers().invalid("+15550200003");

        ProviderFailure failure = catchThrowableOfType(ProviderFailure.class, () -> send("+15550200003", 1));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
    }
}
