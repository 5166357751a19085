package io.muster.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges whose figures come from the database (backlogs, lags, overdue work), sampled every
 * {@code muster.metrics.sample-interval} on a virtual thread of their own, so a scrape only reads
 * the last figures and never waits on PostgreSQL. The figures describe the shared database, so every
 * instance of a service reports the same ones: aggregate them with {@code max}, not {@code sum}.
 * While the database cannot be read every figure is NaN (unknown), not the last value seen.
 */
public final class DatabaseGauges implements AutoCloseable {

    /** Reads the figures; runs on the sampling thread, so it may block. */
    @FunctionalInterface
    public interface Sampler {
        void sample(Figures figures) throws Exception;
    }

    /** What one sample found. A tag set reported before and missing now reads 0. */
    public static final class Figures {
        private final Map<Key, Double> values = new HashMap<>();

        public Figures put(String name, String description, String unit, Tags tags, double value) {
            values.put(new Key(name, description, unit, tags), value);
            return this;
        }

        public Figures put(String name, String description, Tags tags, double value) {
            return put(name, description, null, tags, value);
        }
    }

    private record Key(String name, String description, String unit, Tags tags) {
        Key {
            tags = tags == null ? Tags.empty() : tags;
        }

        // Description and unit do not make another meter.
        Key identity() {
            return new Key(name, null, null, tags);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final String what;
    private final Sampler sampler;
    private final Map<Key, AtomicReference<Double>> gauges = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread;
    private volatile boolean failing;

    public DatabaseGauges(MeterRegistry registry, ScrapeSettings settings, String what, Sampler sampler) {
        this(registry, settings.sampleInterval(), what, sampler);
    }

    DatabaseGauges(MeterRegistry registry, Duration interval, String what, Sampler sampler) {
        this.registry = registry;
        this.what = what;
        this.sampler = sampler;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("metrics-" + what).factory());
        thread.scheduleWithFixedDelay(this::sampleOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void sampleOnce() {
        Figures figures = new Figures();
        try {
            sampler.sample(figures);
        } catch (Exception | LinkageError e) {
            if (!failing) {
                log.warn("Metrics of {} cannot be read now ({}); they read NaN until they can", what, e.toString());
            }
            failing = true;
            gauges.values().forEach(g -> g.set(Double.NaN));
            return;
        }
        if (failing) {
            log.info("Metrics of {} are read again", what);
        }
        failing = false;
        Map<Key, Double> seen = new HashMap<>();
        figures.values.forEach((key, value) -> seen.put(key.identity(), value));
        gauges.forEach((key, gauge) -> gauge.set(seen.getOrDefault(key, 0.0)));
        figures.values.forEach((key, value) ->
                gauges.computeIfAbsent(key.identity(), id -> register(key)).set(value));
    }

    private AtomicReference<Double> register(Key key) {
        AtomicReference<Double> holder = new AtomicReference<>(Double.NaN);
        Gauge.builder(key.name(), holder, AtomicReference::get)
                .description(key.description())
                .baseUnit(key.unit())
                .tags(key.tags())
                .strongReference(true)
                .register(registry);
        return holder;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
