package io.muster.incident.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

/**
 * Refuses, before anything else runs, a request whose path or query string holds a control
 * character once decoded ({@code %00}, {@code %0A}…) or a malformed escape: a 400 problem for every
 * endpoint, instead of a NUL reaching PostgreSQL (a 500) or a line break reaching a log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTargets implements WebFilter {

    private final ProblemWriter problems;

    RequestTargets(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var uri = exchange.getRequest().getURI();
        if (acceptable(uri.getRawPath()) && acceptable(uri.getRawQuery())) {
            return chain.filter(exchange);
        }
        return problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "invalid-characters",
                "Bad request",
                "The path or query holds control characters or malformed escapes.");
    }

    private static boolean acceptable(@Nullable String raw) {
        if (raw == null) {
            return true;
        }
        try {
            return !ControlCharacters.anyIn(UriUtils.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
