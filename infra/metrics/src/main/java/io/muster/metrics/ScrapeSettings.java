package io.muster.metrics;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may scrape the metrics, and how often database gauges are sampled.
 *
 * @param scrapeTokens bearer tokens Prometheus presents ({@code MUSTER_METRICS_SCRAPE_TOKENS}, comma
 *     separated, two while rotating); none means the metrics are not served at all
 * @param sampleInterval how often the gauges read from the database are refreshed
 */
@ConfigurationProperties("muster.metrics")
public record ScrapeSettings(List<String> scrapeTokens, Duration sampleInterval) {

    static final int MINIMUM_TOKEN_LENGTH = 32;

    public ScrapeSettings {
        scrapeTokens = scrapeTokens == null
                ? List.of()
                : scrapeTokens.stream().filter(t -> !t.isBlank()).toList();
        sampleInterval = sampleInterval == null ? Duration.ofSeconds(15) : sampleInterval;
        for (String token : scrapeTokens) {
            if (token.length() < MINIMUM_TOKEN_LENGTH) {
                // A short token can be guessed; the metrics name incidents' scale and the services' health.
                throw new IllegalArgumentException("muster.metrics.scrape-tokens: each token needs at least "
                        + MINIMUM_TOKEN_LENGTH + " characters");
            }
        }
        if (sampleInterval.isNegative() || sampleInterval.isZero()) {
            throw new IllegalArgumentException("muster.metrics.sample-interval must be positive");
        }
    }
}
