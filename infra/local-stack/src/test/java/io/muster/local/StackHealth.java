package io.muster.local;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Brings a stack back to serving after a fault: every part running, every service's health UP. */
final class StackHealth {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    StackHealth(LocalStack stack) {
        this.stack = stack;
    }

    /** Starts any part that is not running, then waits until every instance of the three services says UP. */
    void restore() {
        for (String part : stack.parts()) {
            if (!stack.running(part)) {
                stack.start(part);
            }
        }
        for (String url : stack.settings().serviceUrls()) {
            await(url + " healthy")
                    .atMost(HEALTHY_WITHIN)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> healthy(url));
        }
    }

    private boolean healthy(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("UP");
    }
}
