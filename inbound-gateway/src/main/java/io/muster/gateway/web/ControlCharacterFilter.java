package io.muster.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses control characters (NUL above all) in the query string and the form body of every request with a 400
 * problem, before a handler could try to store them. Webhooks are checked by the signature filter already; this
 * covers the answer page and the operator API. A form that cannot be read is left to its handler to refuse.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacterFilter implements WebFilter {

    private final Problems problems;

    ControlCharacterFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (ControlCharacters.inAny(exchange.getRequest().getQueryParams())) {
            return refuse(exchange);
        }
        if (!isForm(exchange)) {
            return chain.filter(exchange);
        }
        return exchange.getFormData()
                .map(ControlCharacters::inAny)
                .onErrorReturn(false)
                .flatMap(found -> found ? refuse(exchange) : chain.filter(exchange));
    }

    private static boolean isForm(ServerWebExchange exchange) {
        return FormBody.formType(exchange.getRequest().getHeaders()) != null;
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "invalid-characters", ControlCharacters.DETAIL);
    }
}
