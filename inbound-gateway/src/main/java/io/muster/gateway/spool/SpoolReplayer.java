package io.muster.gateway.spool;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.muster.gateway.batch.GroupCommit;
import io.muster.kafka.Failures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds spooled webhooks through their live handlers ({@link WebhookReplay}), oldest segment first and in
 * arrival order within it (a window of {@code replay-concurrency} at a time), and deletes each segment once
 * every webhook in it took effect. While the database is still away a replay fails: the replayer stops there
 * and tries again after {@code replay-interval}. A spool left by a killed instance is replayed on start.
 */
@Component
class SpoolReplayer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SpoolReplayer.class);
    private static final Duration WINDOW_LIMIT = Duration.ofMinutes(2);

    private final @Nullable SpoolFile file;
    private final Map<String, WebhookReplay> replays = new HashMap<>();
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final SpoolProperties properties;
    private final Map<Path, Integer> resumeAt = new HashMap<>();
    private final Set<Path> damageReported = new HashSet<>();
    private @Nullable ScheduledExecutorService thread;
    private volatile boolean waiting; // set from the threads the replays complete on

    SpoolReplayer(
            Spool spool,
            List<WebhookReplay> replays,
            JsonMapper json,
            MeterRegistry meters,
            SpoolProperties properties) {
        this.file = spool.file();
        replays.forEach(replay -> replay.kinds().forEach(kind -> this.replays.put(kind, replay)));
        this.json = json;
        this.meters = meters;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (file != null && thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("gateway-spool-replayer").daemon().factory());
            long interval = properties.replayInterval().toMillis();
            thread.scheduleWithFixedDelay(this::tick, 0, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** Stops before the web server and the database pool (which stop at later phases) and starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    private void tick() {
        try {
            if (file != null && file.holdsEntries()) {
                drain(file);
            }
        } catch (RuntimeException | IOException e) {
            log.error("Spool replay failed; tried again in {}", properties.replayInterval(), e);
        }
    }

    private void drain(SpoolFile spool) throws IOException {
        for (Path path : spool.roll()) {
            SpoolSegment segment = SpoolSegment.read(path);
            reportDamage(segment);
            int from = resumeAt.getOrDefault(path, 0);
            int reached = replay(segment.records(), from);
            if (reached < segment.records().size()) {
                resumeAt.put(path, reached);
                return; // the database is still away: the rest waits, in order
            }
            spool.delete(path, segment.records().size());
            resumeAt.remove(path);
            damageReported.remove(path);
        }
        if (waiting) {
            log.info("Spool replayed: the database is back");
            waiting = false;
        }
    }

    /** Replays from {@code from} on; returns how far it got (the size of {@code records} when all took effect). */
    private int replay(List<byte[]> records, int from) {
        int window = properties.replayConcurrency();
        for (int i = from; i < records.size(); i += window) {
            List<byte[]> chunk = records.subList(i, Math.min(records.size(), i + window));
            if (!Boolean.TRUE.equals(replayWindow(chunk).block(WINDOW_LIMIT))) {
                return i;
            }
        }
        return records.size();
    }

    /** True once every webhook of the window took effect (or can never take effect and was skipped). */
    private Mono<Boolean> replayWindow(List<byte[]> records) {
        Map<String, SpooledWebhook> distinct = new LinkedHashMap<>();
        for (byte[] record : records) {
            SpooledWebhook webhook = decoded(record);
            if (webhook != null) {
                // a provider's retry of the same webhook, spooled twice: replayed once
                distinct.putIfAbsent(webhook.key(), webhook);
            }
        }
        return Flux.fromIterable(distinct.values())
                .flatMapSequential(this::replayOne, properties.replayConcurrency())
                .all(done -> done);
    }

    private Mono<Boolean> replayOne(SpooledWebhook webhook) {
        WebhookReplay replay = replays.get(webhook.kind());
        if (replay == null) {
            log.error("Spooled webhook of unknown kind {} skipped", webhook.kind());
            skipped("unknown-kind");
            return Mono.just(true);
        }
        return Mono.defer(() -> replay.replay(webhook))
                .then(Mono.fromCallable(() -> replayed(webhook)))
                .onErrorResume(failure -> failed(webhook, failure));
    }

    private boolean replayed(SpooledWebhook webhook) {
        Counter.builder("muster.gateway.spool.replayed")
                .tag("kind", webhook.kind())
                .register(meters)
                .increment();
        return true;
    }

    private Mono<Boolean> failed(SpooledWebhook webhook, Throwable failure) {
        if (Failures.isTransient(failure) || failure instanceof GroupCommit.Full) {
            if (!waiting) {
                log.warn(
                        "Spool replay waits for the database: {}",
                        failure.getClass().getSimpleName());
                waiting = true;
            }
            return Mono.just(false);
        }
        // the live path would have answered this with a 4xx or 500: retrying cannot help
        log.error(
                "Spooled webhook {} {} could not be processed and is skipped",
                webhook.kind(),
                webhook.reference(),
                failure);
        skipped("failed");
        return Mono.just(true);
    }

    private @Nullable SpooledWebhook decoded(byte[] record) {
        try {
            return json.readValue(record, SpooledWebhook.class);
        } catch (RuntimeException e) {
            log.error(
                    "Spooled record that cannot be read skipped: {}",
                    e.getClass().getSimpleName());
            skipped("unreadable");
            return null;
        }
    }

    private void reportDamage(SpoolSegment segment) {
        if (!segment.damage().isEmpty() && damageReported.add(segment.path())) {
            for (String damage : segment.damage()) {
                log.warn("Spool segment {}: {}", segment.path().getFileName(), damage);
                skipped("damaged");
            }
        }
    }

    private void skipped(String reason) {
        Counter.builder("muster.gateway.spool.skipped")
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
