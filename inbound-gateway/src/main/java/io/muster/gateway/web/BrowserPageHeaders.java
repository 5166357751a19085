package io.muster.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The headers of the pages a person opens in a browser (the answer page behind the link in every alert): no
 * script at all and nothing from elsewhere (the page has one inline style block and posts its form to itself),
 * never framed, never sniffed, never cached (it shows the person's alert, and its address is their token), and
 * no Referer, so the token in the address never leaves with a click. Decided on what is answered (any HTML, and
 * anything under /answer/), not on how the path was spelled. Every other answer is at least nosniff.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class BrowserPageHeaders implements WebFilter {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final String BROWSER_PAGES = "/answer/";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean answerPage = exchange.getRequest().getPath().value().startsWith(BROWSER_PAGES);
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            MediaType type = headers.getContentType();
            if (answerPage || (type != null && MediaType.TEXT_HTML.isCompatibleWith(type))) {
                headers.set("Content-Security-Policy", POLICY);
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
