package io.muster.simulator.twilio;

import io.muster.simulator.FailedWebhook;
import io.muster.simulator.WebhookResult;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Sends signed webhooks to the application, as Twilio does, retried as Twilio's connection overrides say
 * (the URL's fragment, else the defaults given). Webhooks the application never took are kept (the last
 * {@value #KEPT_FAILURES}) so a test can tell which ones.
 */
public final class Webhooks {

    private static final int KEPT_FAILURES = 20_000;

    private final ConnectionOverrides defaults;
    private final boolean retries;
    private final WebhookTries tries;
    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Deque<FailedWebhook> failures = new ArrayDeque<>();

    public Webhooks(Executor executor) {
        this(executor, ConnectionOverrides.TWILIO_DEFAULTS, true);
    }

    /** With {@code retries} off every webhook is tried once, whatever its URL asks for. */
    public Webhooks(Executor executor, ConnectionOverrides defaults, boolean retries) {
        this.defaults = defaults;
        this.retries = retries;
        this.tries = new WebhookTries(executor);
    }

    public WebhookResult post(String url, Map<String, String> params, String authToken) {
        return send("POST", url, params, authToken);
    }

    /**
     * Sends {@code params} as a form (POST) or as query parameters (GET), signed with {@code authToken} over
     * the URL without its fragment (the part the application sees), and retries it as the overrides say.
     *
     * @throws WebhookUnreachableException (an {@link UncheckedIOException}) when no try got an answer
     */
    public WebhookResult send(String method, String url, Map<String, String> params, String authToken) {
        int hash = url.indexOf('#');
        String address = hash < 0 ? url : url.substring(0, hash);
        ConnectionOverrides overrides = defaults.with(hash < 0 ? null : url.substring(hash + 1));
        boolean get = "GET".equalsIgnoreCase(method);
        String target = get ? withQuery(address, params) : address;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .header(TwilioSignature.HEADER, TwilioSignature.sign(authToken, target, get ? Map.of() : params))
                .header("User-Agent", "TwilioProxy/1.1 (muster phone simulator)");
        if (!get) {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form(params)));
        }
        return settle(tries.send(request, retries ? overrides : overrides.withoutRetries()), address, params);
    }

    public long sentCount() {
        return sent.sum();
    }

    public long failedCount() {
        return failed.sum();
    }

    /** Tries beyond each webhook's first. */
    public long retriedCount() {
        return tries.retriedCount();
    }

    /** Webhooks the application never took, oldest first. */
    public List<FailedWebhook> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public void resetCounts() {
        sent.reset();
        failed.reset();
        tries.resetCount();
        synchronized (failures) {
            failures.clear();
        }
    }

    private WebhookResult settle(WebhookTries.Outcome outcome, String url, Map<String, String> params) {
        if (outcome.taken()) {
            sent.increment();
            return new WebhookResult(outcome.answer().status(), outcome.answer().body(), outcome.attempts());
        }
        failed.increment();
        int status = outcome.answer() == null ? 0 : outcome.answer().status();
        remember(new FailedWebhook(url, params, status, outcome.failure(), outcome.attempts(), Instant.now()));
        if (outcome.answer() == null) {
            throw new WebhookUnreachableException(
                    "webhook " + url + " failed after " + outcome.attempts() + " tries: " + outcome.error(),
                    outcome.error(),
                    outcome.failure(),
                    outcome.attempts());
        }
        return new WebhookResult(status, outcome.answer().body(), outcome.attempts());
    }

    private void remember(FailedWebhook failure) {
        synchronized (failures) {
            if (failures.size() == KEPT_FAILURES) {
                failures.removeFirst();
            }
            failures.addLast(failure);
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
