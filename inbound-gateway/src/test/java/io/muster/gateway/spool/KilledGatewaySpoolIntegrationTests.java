package io.muster.gateway.spool;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.InboundGatewayApplication;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.TwilioSigner;
import io.muster.testkit.Outage;
import io.muster.testkit.RealInfrastructure;
import io.muster.testkit.TestServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.json.JsonMapper;

/**
 * A spool outlives its instance: a gateway stopped with webhooks spooled (here: its context closed while the
 * database is still away, which is what a killed one leaves too) has them replayed by the next instance started
 * on the same directory, and a spool left with a torn last record replays the rest. A full spool refuses with
 * 503, as the gateway did before it had a spool. These tests start gateways of their own beside the shared one.
 */
class KilledGatewaySpoolIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path spool;

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void aGatewayStoppedWithSpooledWebhooksLeavesThemToTheNextInstanceOnTheSameSpool() throws IOException {
        var answering = openRequestTo(newPhoneNumber(), "71").publishedAndIndexed(kafka, openRequests);
        var delivered = openRequestTo(newPhoneNumber(), "72").publishedAndIndexed(kafka, openRequests);
        String replySid = newMessageSid();
        String statusSid = newMessageSid();

        try (var replies = probe("muster.reply.v1");
                var deliveries = probe("muster.delivery.v1")) {
            Gateway first = Gateway.on(spool);
            try (Outage outage = TestServers.shared().postgresOutage()) {
                first.reply(answering, replySid).expectStatus().isOk();
                first.status(delivered, statusSid).expectStatus().isNoContent();
                first.close();
                assertThat(segments()).isNotEmpty();
            }
            assertThat(replies.recordsWithin(r -> r.value().contains(replySid), QUIET))
                    .as("nothing replays a closed gateway's spool")
                    .isEmpty();

            try (Gateway next = Gateway.on(spool)) {
                replies.awaitRecord(r -> r.value().contains(replySid), PUBLISHED);
                deliveries.awaitRecord(r -> r.value().contains(statusSid), PUBLISHED);
                await().atMost(PUBLISHED).until(() -> segments().isEmpty());
                assertThat(replies.recordsWithin(r -> r.value().contains(replySid), QUIET))
                        .hasSize(1);
                assertThat(next.counted("muster.gateway.spool.replayed")).isEqualTo(2);
            }
        }
        assertThat(loggedOutcomes(replySid)).containsExactly("true CORRELATED");
    }

    @Test
    void aSpoolWithATornLastRecordReplaysTheRecordsBeforeItAndSkipsTheTornOne() throws IOException {
        var answering = openRequestTo(newPhoneNumber(), "73").publishedAndIndexed(kafka, openRequests);
        var delivered = openRequestTo(newPhoneNumber(), "74").publishedAndIndexed(kafka, openRequests);
        String replySid = newMessageSid();
        String statusSid = newMessageSid();
        try (SpoolFile file = new SpoolFile(spool, 1024 * 1024)) {
            file.append(JSON.writeValueAsBytes(spooledReply(answering, replySid)), false);
            file.append(JSON.writeValueAsBytes(spooledStatus(delivered, statusSid)), false);
        }
        // a crash mid-write of a third: its header promises more than was written
        Path segment = segments().getFirst();
        Files.write(
                segment, ByteBuffer.allocate(12).putInt(500).putInt(7).putInt(0).array(), StandardOpenOption.APPEND);

        try (var replies = probe("muster.reply.v1");
                var deliveries = probe("muster.delivery.v1");
                Gateway gateway = Gateway.on(spool)) {
            replies.awaitRecord(r -> r.value().contains(replySid), PUBLISHED);
            deliveries.awaitRecord(r -> r.value().contains(statusSid), PUBLISHED);
            await().atMost(PUBLISHED).until(() -> segments().isEmpty());
            assertThat(gateway.counted("muster.gateway.spool.skipped")).isEqualTo(1);
        }
    }

    @Test
    void aFullSpoolRefusesWebhooksWith503AndRetryAfterWhileTheDatabaseIsDown() {
        var answering = openRequestTo(newPhoneNumber(), "75").publishedAndIndexed(kafka, openRequests);
        try (Gateway gateway = Gateway.on(spool, "--muster.gateway.spool.max-size=1KB");
                Outage outage = TestServers.shared().postgresOutage()) {
            int accepted = 0;
            while (gateway.reply(answering, newMessageSid())
                            .returnResult(String.class)
                            .getStatus()
                            .value()
                    == 200) {
                accepted++;
                assertThat(accepted)
                        .as("replies of ~300 bytes accepted into 1 KB")
                        .isLessThan(5);
            }
            assertThat(accepted).isPositive();
            gateway.reply(answering, newMessageSid())
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .exists("Retry-After")
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:storage-unavailable");
        }
    }

    private static SpooledWebhook spooledReply(NotificationRequestFixture request, String messageSid) {
        return new SpooledWebhook("SMS_REPLY", messageSid, Map.of(), replyForm(request, messageSid));
    }

    private static SpooledWebhook spooledStatus(NotificationRequestFixture request, String messageSid) {
        return new SpooledWebhook(
                "SMS_STATUS",
                messageSid + ":delivered",
                Map.of(
                        "notificationId", request.notificationId().toString(),
                        "channel", "SMS",
                        "attempt", "1",
                        "exercise", "false"),
                statusForm(messageSid));
    }

    private static Map<String, String> replyForm(NotificationRequestFixture request, String messageSid) {
        return Map.of(
                "From", request.phone(),
                "To", "+15550009999",
                "Body", "1",
                "MessageSid", messageSid,
                "AccountSid", "AC00000000000000000000000000000000");
    }

    private static Map<String, String> statusForm(String messageSid) {
        return Map.of("MessageSid", messageSid, "MessageStatus", "delivered", "AccountSid", "AC1");
    }

    private java.util.List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList();
        }
    }

    /** A gateway of its own, on its own port, spooling into {@code spool}. */
    private record Gateway(ConfigurableApplicationContext context, String baseUrl, WebTestClient client)
            implements AutoCloseable {

        static Gateway on(Path spool, String... more) {
            int port = freePort();
            String baseUrl = "http://127.0.0.1:" + port;
            String[] args = Stream.concat(
                            Stream.of(
                                    "--server.port=" + port,
                                    "--muster.gateway.public-base-url=" + baseUrl,
                                    "--muster.twilio.auth-tokens=" + TOKEN,
                                    "--muster.tokens.secrets=" + SECRET,
                                    "--muster.gateway.spool.directory=" + spool),
                            Stream.of(more))
                    .toArray(String[]::new);
            var context = new SpringApplicationBuilder(InboundGatewayApplication.class)
                    .initializers(new RealInfrastructure())
                    .run(args);
            var client = WebTestClient.bindToServer()
                    .baseUrl(baseUrl)
                    .responseTimeout(Duration.ofSeconds(30))
                    .build();
            return new Gateway(context, baseUrl, client);
        }

        WebTestClient.ResponseSpec reply(NotificationRequestFixture request, String messageSid) {
            return post("/webhooks/twilio/sms/inbound", replyForm(request, messageSid));
        }

        WebTestClient.ResponseSpec status(NotificationRequestFixture request, String messageSid) {
            return post(
                    "/webhooks/twilio/sms/status?notificationId=" + request.notificationId() + "&channel=SMS",
                    statusForm(messageSid));
        }

        double counted(String counter) {
            return context.getBean(MeterRegistry.class).find(counter).counters().stream()
                    .mapToDouble(c -> c.count())
                    .sum();
        }

        private WebTestClient.ResponseSpec post(String pathAndQuery, Map<String, String> params) {
            var form = new LinkedMultiValueMap<String, String>();
            params.forEach(form::add);
            return client.post()
                    .uri(pathAndQuery)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header("X-Twilio-Signature", TwilioSigner.signature(baseUrl + pathAndQuery, params, TOKEN))
                    .body(BodyInserters.fromFormData(form))
                    .exchange();
        }

        @Override
        public void close() {
            context.close();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
