package io.muster.simulator.twilio;

import io.muster.simulator.WebhookResult;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Sends signed webhooks to the application, as Twilio does. Callers run on virtual threads; a semaphore
 * bounds the requests in flight so a burst cannot open thousands of connections.
 */
public final class Webhooks {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;
    private final Semaphore inFlight = new Semaphore(128);
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();

    public Webhooks(Executor executor) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(executor)
                .build();
    }

    public WebhookResult post(String url, Map<String, String> params, String authToken) {
        return send("POST", url, params, authToken);
    }

    /**
     * Sends {@code params} as a form (POST) or as query parameters (GET), signed with {@code authToken}.
     *
     * @throws UncheckedIOException when the application cannot be reached
     */
    public WebhookResult send(String method, String url, Map<String, String> params, String authToken) {
        boolean get = "GET".equalsIgnoreCase(method);
        String target = get ? withQuery(url, params) : url;
        String signature = TwilioSignature.sign(authToken, target, get ? Map.of() : params);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(TIMEOUT)
                .header(TwilioSignature.HEADER, signature)
                .header("User-Agent", "TwilioProxy/1.1 (muster phone simulator)");
        if (!get) {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form(params)));
        }
        return exchange(request.build());
    }

    public long sentCount() {
        return sent.sum();
    }

    public long failedCount() {
        return failed.sum();
    }

    public void resetCounts() {
        sent.reset();
        failed.reset();
    }

    private WebhookResult exchange(HttpRequest request) {
        try {
            inFlight.acquire();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                WebhookResult result = new WebhookResult(response.statusCode(), response.body());
                (result.status() < 400 ? sent : failed).increment();
                return result;
            } finally {
                inFlight.release();
            }
        } catch (IOException e) {
            failed.increment();
            throw new UncheckedIOException("webhook " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.increment();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while sending a webhook"));
        }
    }

    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String withQuery(String url, Map<String, String> params) {
        if (params.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + form(params);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
