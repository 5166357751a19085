package io.muster.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Turns away a declared body over the limit before anything reads it. A chunked body without a
 * length is held to the same limit by spring.http.codecs.max-in-memory-size while it is read.
 * The unread body is still on the wire, so the connection is closed after the answer: kept open,
 * the next request on it would queue behind what is left of this one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter implements WebFilter {

    static final DataSize LIMIT = DataSize.ofKilobytes(64);

    private final Problems problems;

    BodySizeLimitFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > LIMIT.toBytes()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return problems.write(
                    exchange,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "payload-too-large",
                    "The request body is larger than " + LIMIT.toKilobytes() + " KB.");
        }
        return chain.filter(exchange);
    }
}
