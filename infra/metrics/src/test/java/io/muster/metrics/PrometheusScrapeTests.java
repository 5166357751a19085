package io.muster.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class PrometheusScrapeTests {

    private static final String TOKEN = "a-scrape-token-of-at-least-32-characters";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PrometheusScrape scrape = new PrometheusScrape(
            registry, new ScrapeSettings(List.of("an-older-token-still-valid-while-rotating", TOKEN), null));
    private final AtomicBoolean passedOn = new AtomicBoolean();

    @Test
    void aScraperWithATokenReadsTheMetricsInPrometheusTextFormat() {
        Counter.builder("muster.test.sent")
                .tag("channel", "SMS")
                .register(registry)
                .increment(3);
        MockServerWebExchange exchange =
                exchange(MockServerHttpRequest.get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN));

        run(exchange);

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange.getResponse().getHeaders().getContentType().toString())
                .startsWith("text/plain");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("muster_test_sent_total{channel=\"SMS\"} 3.0");
        assertThat(passedOn).isFalse();
    }

    @Test
    void withoutAValidTokenTheAnswerIs401ProblemDetailsAndNoMetric() {
        for (String authorization : new String[] {
            null,
            "Bearer wrong-token-of-at-least-32-characters-xx",
            "Basic " + TOKEN,
            "Bearer " + TOKEN.substring(1),
            "Bearer"
        }) {
            MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/actuator/prometheus");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            MockServerWebExchange exchange = exchange(request);
            run(exchange);
            assertThat(exchange.getResponse().getStatusCode()).as(authorization).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(exchange.getResponse().getHeaders().getFirst("WWW-Authenticate"))
                    .startsWith("Bearer");
            assertThat(exchange.getResponse().getBodyAsString().block())
                    .contains("urn:muster:problem:unauthenticated")
                    .doesNotContain("jvm_");
        }
    }

    @Test
    void otherMethodsAre405AndOtherPathsAreLeftToTheService() {
        MockServerWebExchange post =
                exchange(MockServerHttpRequest.post("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN));
        run(post);
        assertThat(post.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);

        for (String path : new String[] {"/actuator/prometheus/", "/actuator/health", "/api/incidents"}) {
            passedOn.set(false);
            run(exchange(MockServerHttpRequest.get(path).header("Authorization", "Bearer " + TOKEN)));
            assertThat(passedOn).as(path).isTrue();
        }
    }

    @Test
    void withoutConfiguredTokensNothingIsServed() {
        PrometheusScrape off = new PrometheusScrape(registry, new ScrapeSettings(List.of(), Duration.ofSeconds(1)));
        off.filter(exchange(MockServerHttpRequest.get("/actuator/prometheus")), e -> {
                    passedOn.set(true);
                    return Mono.empty();
                })
                .block();
        assertThat(passedOn).isTrue();
    }

    private void run(MockServerWebExchange exchange) {
        scrape.filter(exchange, e -> {
                    passedOn.set(true);
                    return Mono.empty();
                })
                .block();
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
        return MockServerWebExchange.from(request);
    }
}
