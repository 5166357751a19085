package io.muster.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CapacityIntegrationTests {

    @Test
    void servesConcurrentMessageCreatesOverKeptAliveConnectionsWithoutLosingAny() throws Exception {
        int requests = 6000;
        try (PhoneSimulator simulator =
                        PhoneSimulator.start(TwilioClients.settings().build());
                ExecutorService clients = Executors.newFixedThreadPool(8)) {
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest.Builder create = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/2010-04-01/Accounts/"
                            + TwilioClients.ACCOUNT_SID + "/Messages.json"))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((TwilioClients.ACCOUNT_SID + ":" + TwilioClients.AUTH_TOKEN)
                                                    .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            AtomicInteger next = new AtomicInteger();
            AtomicInteger created = new AtomicInteger();
            Runnable worker = () -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String form = "To=%2B1555" + (2_000_000 + i % 500) + "&From=%2B15550009000&Body=Drill+" + i;
                    if (send(
                                    http,
                                    create.copy()
                                            .POST(HttpRequest.BodyPublishers.ofString(form))
                                            .build())
                            == 201) {
                        created.incrementAndGet();
                    }
                }
            };
            send(
                    http,
                    create.copy()
                            .POST(HttpRequest.BodyPublishers.ofString("To=%2B15550000001&From=%2B1&Body=warm"))
                            .build());

            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                running.add(clients.submit(worker));
            }
            for (Future<?> future : running) {
                future.get();
            }
            double perSecond = requests / ((System.nanoTime() - started) / 1e9);

            System.out.printf("phone simulator: %.0f message creates per second%n", perSecond);
            // The rate is printed for information only: speed is measured by benchmarks, not asserted.
            assertThat(created.get()).isEqualTo(requests);
        }
    }

    @Test
    void inboxesKeepOnlyTheLatestEntriesButCountEverything() {
        try (PhoneSimulator simulator =
                PhoneSimulator.start(TwilioClients.settings().build())) {
            var twilio = TwilioClients.pointedAt(simulator);
            for (int i = 0; i < 230; i++) {
                com.twilio.rest.api.v2010.account.Message.creator(
                                new com.twilio.type.PhoneNumber("+15550101010"),
                                new com.twilio.type.PhoneNumber("+15550009000"),
                                "m" + i)
                        .create(twilio);
            }

            assertThat(simulator.inbox("+15550101010"))
                    .hasSize(200)
                    .first()
                    .extracting(PhoneMessage::body)
                    .isEqualTo("m30");
            assertThat(simulator.phones()).containsExactly(new PhoneSummary("+15550101010", 230));
            assertThat(simulator.stats().messagesCreated()).isEqualTo(230);
        }
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
