package io.muster.local;

import io.muster.simulator.twilio.TwilioSignature;
import io.netty.buffer.Unpooled;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Posts signed Twilio SMS-reply webhooks ({@code Body=1}) to the gateway with a fixed number in
 * flight, from Reactor Netty on one event loop of its own (the JDK's HttpClient costs several
 * times the CPU per request), and notes when each was sent and how long its TwiML answer took.
 */
final class ReplyLoad implements AutoCloseable {

    static final String INBOUND = "/webhooks/twilio/sms/inbound";

    private final StackSettings settings;
    private final int concurrency;
    private final LoopResources loop = LoopResources.create("reply-load", 1, true);
    private final HttpClient http;

    ReplyLoad(StackSettings settings, int concurrency) {
        this.settings = settings;
        this.concurrency = concurrency;
        this.http = HttpClient.create(ConnectionProvider.create("reply-load", concurrency))
                .runOn(loop)
                .baseUrl(settings.gatewayUrl())
                .responseTimeout(Duration.ofSeconds(30));
    }

    /** What one run sent: per reply the send time (epoch ms) and the TwiML latency (ns, -1 if not a 200). */
    record Run(String[] sids, long[] sentMillis, long[] answerNanos, long wallNanos) {}

    private record Webhook(String sid, byte[] form, String signature) {}

    /** Replies from the given phones, in order, and returns once every answer is in. */
    Run send(List<String> phones) throws InterruptedException {
        List<Webhook> webhooks = phones.stream().map(this::signed).toList();
        Semaphore inFlight = new Semaphore(concurrency);
        long[] sentMillis = new long[webhooks.size()];
        long[] answerNanos = new long[webhooks.size()];
        long start = System.nanoTime();
        for (int i = 0; i < webhooks.size(); i++) {
            int index = i;
            inFlight.acquire();
            sentMillis[i] = System.currentTimeMillis();
            long sent = System.nanoTime();
            post(webhooks.get(i))
                    .subscribe(
                            status -> {
                                answerNanos[index] = status == 200 ? System.nanoTime() - sent : -1;
                                inFlight.release();
                            },
                            error -> {
                                answerNanos[index] = -1;
                                inFlight.release();
                            });
        }
        inFlight.acquire(concurrency);
        String[] sids = webhooks.stream().map(Webhook::sid).toArray(String[]::new);
        return new Run(sids, sentMillis, answerNanos, System.nanoTime() - start);
    }

    /** The webhook Twilio would send, signed beforehand: signing is Twilio's work, not the gateway's. */
    private Webhook signed(String phone) {
        Map<String, String> params = new LinkedHashMap<>();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        params.put("MessageSid", sid);
        params.put("AccountSid", settings.secrets().twilioAccountSid());
        params.put("From", phone);
        params.put("To", ServiceArguments.SERVICE_NUMBER);
        params.put("Body", "1");
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String signature =
                TwilioSignature.sign(settings.secrets().twilioAuthToken(), settings.gatewayUrl() + INBOUND, params);
        return new Webhook(sid, form.getBytes(StandardCharsets.UTF_8), signature);
    }

    private Mono<Integer> post(Webhook webhook) {
        return http.headers(h -> h.set("Content-Type", "application/x-www-form-urlencoded")
                        .set(TwilioSignature.HEADER, webhook.signature()))
                .post()
                .uri(INBOUND)
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(webhook.form())))
                .responseSingle(
                        (response, body) -> body.thenReturn(response.status().code()))
                .switchIfEmpty(Mono.just(-1));
    }

    @Override
    public void close() {
        loop.dispose();
    }
}
