package io.muster.gateway.spool;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.muster.kafka.Failures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accept, spool, then process. A signed webhook goes the live way while the spool is empty; if the live way
 * fails because the database is away, the webhook is appended to this instance's spool (on disk before the
 * provider is answered) and acknowledged. While the spool holds anything, webhooks go straight behind what it
 * holds, so the replayer ({@link SpoolReplayer}) processes them in the order they arrived. A full spool
 * refuses: 503 {@code storage-unavailable} with Retry-After, as without a spool.
 */
@Component("webhookSpool") // "spool" is its health component
public class Spool implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Spool.class);

    private final @Nullable SpoolFile file;
    private final JsonMapper json;
    private final MeterRegistry meters;

    Spool(SpoolProperties properties, JsonMapper json, MeterRegistry meters) throws IOException {
        this.file = properties.enabled()
                ? new SpoolFile(properties.directory(), properties.maxSize().toBytes())
                : null;
        this.json = json;
        this.meters = meters;
        Gauge.builder("muster.gateway.spool.entries", this, Spool::entries)
                .description("webhooks spooled and not yet replayed")
                .register(meters);
        Gauge.builder("muster.gateway.spool.bytes", this, Spool::bytes)
                .baseUnit("bytes")
                .register(meters);
    }

    /**
     * The live answer, or {@code acknowledgement} once the webhook is spooled: when the spool already holds
     * webhooks, or when the live way failed because the database is away.
     */
    public <T> Mono<T> handle(SpooledWebhook webhook, Supplier<Mono<T>> live, T acknowledgement) {
        SpoolFile spool = file;
        if (spool == null || !spool.holdsEntries()) {
            return liveOrSpooled(webhook, live, acknowledgement);
        }
        return append(webhook, true).flatMap(appended -> switch (appended) {
            case APPENDED -> Mono.just(acknowledgement);
            case EMPTY -> liveOrSpooled(webhook, live, acknowledgement);
            case FULL -> Mono.error(full());
        });
    }

    private <T> Mono<T> liveOrSpooled(SpooledWebhook webhook, Supplier<Mono<T>> live, T acknowledgement) {
        Mono<T> answer = Mono.defer(live);
        if (file == null) {
            return answer;
        }
        return answer.onErrorResume(Failures::isTransient, outage -> append(webhook, false)
                .onErrorResume(IOException.class, broken -> {
                    log.error("Webhook {} could not be spooled", webhook.kind(), broken);
                    return Mono.error(outage);
                })
                .flatMap(appended ->
                        appended == SpoolFile.Appended.APPENDED ? Mono.just(acknowledgement) : Mono.<T>error(outage)));
    }

    private Mono<SpoolFile.Appended> append(SpooledWebhook webhook, boolean onlyBehindEarlier) {
        byte[] record = json.writeValueAsBytes(webhook);
        return Mono.fromCallable(() -> requireFile().append(record, onlyBehindEarlier))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(appended -> counted(webhook, appended));
    }

    private void counted(SpooledWebhook webhook, SpoolFile.Appended appended) {
        if (appended == SpoolFile.Appended.APPENDED) {
            Counter.builder("muster.gateway.spool.spooled")
                    .tag("kind", webhook.kind())
                    .register(meters)
                    .increment();
        } else if (appended == SpoolFile.Appended.FULL) {
            log.warn("Webhook {} refused: the spool is full ({} bytes)", webhook.kind(), bytes());
        }
    }

    private static DataAccessResourceFailureException full() {
        return new DataAccessResourceFailureException("the database is being waited for and the webhook spool is full");
    }

    /** The spool file, for the replayer; empty when spooling is off. */
    @Nullable
    SpoolFile file() {
        return file;
    }

    private SpoolFile requireFile() {
        if (file == null) {
            throw new IllegalStateException("spooling is off");
        }
        return file;
    }

    /** Whether a webhook refused by the database would be spooled now. */
    boolean accepting() {
        return file != null && file.bytes() < file.maxBytes();
    }

    long entries() {
        return file == null ? 0 : file.entries();
    }

    long bytes() {
        return file == null ? 0 : file.bytes();
    }

    @Override
    public void destroy() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
