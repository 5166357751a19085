package io.muster.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves {@code GET /actuator/prometheus} to a caller presenting a scrape token, ahead of the
 * services' own security chains: the scraper is a machine with a token, not a person with a role.
 * Without configured tokens the path is left to the service (where it is not served).
 */
final class PrometheusScrape implements WebFilter, Ordered {

    static final String PATH = "/actuator/prometheus";
    private static final MediaType TEXT_FORMAT = MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8");
    private static final String BEARER = "Bearer ";

    private final PrometheusMeterRegistry registry;
    private final List<byte[]> tokens;

    PrometheusScrape(PrometheusMeterRegistry registry, ScrapeSettings settings) {
        this.registry = registry;
        this.tokens = settings.scrapeTokens().stream()
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (tokens.isEmpty() || !PATH.equals(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        ServerHttpResponse response = exchange.getResponse();
        if (!presentsAToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
            return problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "A scrape token is required.");
        }
        if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
            response.getHeaders().setAllow(java.util.Set.of(HttpMethod.GET));
            return problem(response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Only GET is served here.");
        }
        byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(TEXT_FORMAT);
        response.getHeaders().setCacheControl("no-store");
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private boolean presentsAToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (byte[] token : tokens) {
            // Every token is compared, in constant time, so the answer's timing says nothing.
            matched |= MessageDigest.isEqual(token, presented);
        }
        return matched;
    }

    private static Mono<Void> problem(ServerHttpResponse response, HttpStatus status, String slug, String detail) {
        String json = "{\"type\":\"urn:muster:problem:" + slug + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\"" + PATH + "\"}";
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
