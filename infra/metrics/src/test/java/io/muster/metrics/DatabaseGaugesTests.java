package io.muster.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class DatabaseGaugesTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Deque<DatabaseGauges.Sampler> samples = new ArrayDeque<>();

    @Test
    void aSampleSetsTheGaugesAVanishedTagSetReadsZeroAndAFailedSampleReadsNaN() {
        samples.add(f -> f.put("muster.test.unsettled", "unsettled", Tags.of("channel", "SMS"), 4)
                .put("muster.test.unsettled", "unsettled", Tags.of("channel", "EMAIL"), 2)
                .put("muster.test.lag", "lag", "seconds", Tags.empty(), 12.5));
        samples.add(f -> f.put("muster.test.unsettled", "unsettled", Tags.of("channel", "SMS"), 1));
        samples.add(f -> {
            throw new IllegalStateException("database away");
        });
        samples.add(f -> f.put("muster.test.lag", "lag", "seconds", Tags.empty(), 0.5));

        // A long interval: the test drives every sample itself after the first scheduled one.
        try (DatabaseGauges gauges = new DatabaseGauges(registry, Duration.ofHours(1), "test", f -> {
            DatabaseGauges.Sampler next;
            synchronized (samples) {
                next = samples.poll();
            }
            if (next != null) {
                next.sample(f);
            }
        })) {
            org.awaitility.Awaitility.await()
                    .until(() -> registry.find("muster.test.lag").gauge() != null);
            assertThat(value("muster.test.unsettled", "SMS")).isEqualTo(4);
            assertThat(value("muster.test.unsettled", "EMAIL")).isEqualTo(2);
            assertThat(registry.get("muster.test.lag").gauge().value()).isEqualTo(12.5);

            gauges.sampleOnce();
            assertThat(value("muster.test.unsettled", "SMS")).isEqualTo(1);
            assertThat(value("muster.test.unsettled", "EMAIL")).isZero();
            assertThat(registry.get("muster.test.lag").gauge().value()).isZero();

            gauges.sampleOnce();
            assertThat(value("muster.test.unsettled", "SMS")).isNaN();
            assertThat(registry.get("muster.test.lag").gauge().value()).isNaN();

            gauges.sampleOnce();
            assertThat(registry.get("muster.test.lag").gauge().value()).isEqualTo(0.5);
            assertThat(value("muster.test.unsettled", "SMS")).isZero();
        }
    }

    private double value(String name, String channel) {
        return registry.get(name).tag("channel", channel).gauge().value();
    }
}
