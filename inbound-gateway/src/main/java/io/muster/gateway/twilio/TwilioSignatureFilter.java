package io.muster.gateway.twilio;

import io.muster.gateway.web.Problems;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Lets a Twilio webhook through only with a valid X-Twilio-Signature, before any handler sees it.
 * The signature covers the externally visible URL and the form parameters; the form stays cached
 * on the exchange for the handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TwilioSignatureFilter implements WebFilter {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";
    private static final String WEBHOOK_PATHS = "/webhooks/twilio/";
    private static final Logger log = LoggerFactory.getLogger(TwilioSignatureFilter.class);

    private final TwilioSignatures signatures;
    private final WebhookUrls urls;
    private final Problems problems;

    TwilioSignatureFilter(TwilioSignatures signatures, WebhookUrls urls, Problems problems) {
        this.signatures = signatures;
        this.urls = urls;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(WEBHOOK_PATHS)) {
            return chain.filter(exchange);
        }
        // only reading the form is guarded here: errors of the handlers downstream are theirs to answer
        return exchange.getFormData()
                .map(form -> isSigned(exchange.getRequest(), form) ? Verdict.SIGNED : Verdict.FORGED)
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(Verdict.TOO_LARGE))
                .onErrorResume(IllegalArgumentException.class, e -> Mono.just(Verdict.MALFORMED))
                .flatMap(verdict -> switch (verdict) {
                    case SIGNED -> chain.filter(exchange);
                    case FORGED -> forbidden(exchange);
                    case TOO_LARGE -> tooLarge(exchange);
                    case MALFORMED -> malformed(exchange);
                });
    }

    private enum Verdict {
        SIGNED,
        FORGED,
        TOO_LARGE,
        MALFORMED
    }

    private boolean isSigned(ServerHttpRequest request, MultiValueMap<String, String> form) {
        String signature = request.getHeaders().getFirst(SIGNATURE_HEADER);
        Map<String, String> params = form.toSingleValueMap();
        return urls.candidates(request).stream().anyMatch(url -> signatures.isValid(url, params, signature));
    }

    private Mono<Void> forbidden(ServerWebExchange exchange) {
        log.warn(
                "Rejected webhook {} with a missing or invalid Twilio signature",
                exchange.getRequest().getPath());
        return problems.write(
                exchange, HttpStatus.FORBIDDEN, "invalid-signature", "The webhook signature is missing or invalid.");
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(
                exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is too large.");
    }

    private Mono<Void> malformed(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", "The form body cannot be read.");
    }
}
