package io.muster.gateway.hotline;

import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incident-service's hotline half of scenario launches (docs/scenarios.md, "Launch by phone"): the menu of
 * approved scenarios, read at most once per {@code menu-cache}, and the launch, keyed by the call. The service token
 * goes in a header and is never logged. Any failure to reach it is an outage the caller hears as "not available".
 */
@Component
class IncidentServiceScenarios {

    /** What became of a launch. */
    enum Outcome {
        LAUNCHED,
        /** 403: the incident-service says this employee may not launch scenarios. */
        REFUSED,
        /** Any other refusal (409 no longer approved, 422, 400): nothing launched, the console can say why. */
        FAILED,
        /** Unreachable, too slow or 5xx: a retried webhook may try again (same key, launched at most once). */
        UNAVAILABLE
    }

    /** A launch as the contract names it. */
    record Launch(String employeeId, List<UUID> siteIds, boolean exercise, boolean confirmLifeSafety, int version) {}

    private static final Logger log = LoggerFactory.getLogger(IncidentServiceScenarios.class);
    private static final String TOKEN_HEADER = "X-Muster-Service-Token";

    private record Cached(Optional<ScenarioMenu> menu, Instant readAt) {}

    private final ScenarioLaunchProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final @Nullable WebClient client;
    private final AtomicReference<@Nullable Cached> cached = new AtomicReference<>();

    IncidentServiceScenarios(ScenarioLaunchProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.client = properties.enabled() ? client(properties) : null;
    }

    private static WebClient client(ScenarioLaunchProperties properties) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        properties.timeout().toMillis())
                .responseTimeout(properties.timeout());
        return WebClient.builder()
                .baseUrl(properties.baseUrl())
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(TOKEN_HEADER, properties.serviceToken())
                .build();
    }

    /**
     * Whether the last menu read had an approved scenario: what the incident menu offers. Reads nothing; {@link
     * #menu()} at the start of the call keeps it current.
     */
    boolean offered() {
        Cached last = cached.get();
        return client != null
                && last != null
                && last.menu().map(m -> !m.scenarios().isEmpty()).orElse(false);
    }

    /** The menu (read again once {@code menu-cache} has passed); empty when off or unreachable. */
    Mono<Optional<ScenarioMenu>> menu() {
        if (client == null) {
            return Mono.just(Optional.empty());
        }
        Cached last = cached.get();
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.readAt().plus(properties.menuCache()))) {
            return Mono.just(last.menu());
        }
        return client.get()
                .uri("/api/hotline/scenarios")
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(properties.timeout())
                .map(body -> Optional.of(ScenarioMenu.from(json.readTree(body))))
                .onErrorResume(e -> {
                    log.warn("Scenario menu unavailable: {}", e.toString());
                    return Mono.just(Optional.empty());
                })
                .doOnNext(menu -> cached.set(new Cached(menu, now)));
    }

    /** Launches {@code scenarioId} for the call {@code callSid} (its idempotency key). */
    Mono<Outcome> launch(UUID scenarioId, Launch launch, String callSid) {
        if (client == null) {
            return Mono.just(Outcome.UNAVAILABLE);
        }
        Map<String, Object> body = Map.of(
                "employeeId", launch.employeeId(),
                "siteIds", launch.siteIds(),
                "exercise", launch.exercise(),
                "confirmLifeSafety", launch.confirmLifeSafety(),
                "version", launch.version());
        return client.post()
                .uri("/api/hotline/scenarios/{id}/launches", scenarioId)
                .header("Idempotency-Key", callSid)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json.writeValueAsString(body))
                .exchangeToMono(response -> response.releaseBody().thenReturn(outcome(response.statusCode())))
                .timeout(properties.timeout())
                .onErrorResume(e -> {
                    log.warn("Scenario launch {} unavailable: {}", scenarioId, e.toString());
                    return Mono.just(Outcome.UNAVAILABLE);
                })
                .doOnNext(outcome -> log.info("Scenario {} launch by phone: {}", scenarioId, outcome));
    }

    private static Outcome outcome(HttpStatusCode status) {
        if (status.is2xxSuccessful()) {
            return Outcome.LAUNCHED;
        }
        if (status.value() == 403) {
            return Outcome.REFUSED;
        }
        return status.is4xxClientError() && status.value() != 401 && status.value() != 429
                ? Outcome.FAILED
                : Outcome.UNAVAILABLE;
    }
}
