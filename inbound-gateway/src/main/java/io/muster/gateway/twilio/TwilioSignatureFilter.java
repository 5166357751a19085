package io.muster.gateway.twilio;

import io.muster.gateway.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
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

    private static final String WEBHOOK_PATHS = "/webhooks/twilio/";

    private final WebhookSignatures signatures;
    private final Problems problems;

    TwilioSignatureFilter(TwilioSignatures signatures, WebhookUrls urls, Problems problems) {
        this.signatures = new WebhookSignatures(signatures, urls);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(WEBHOOK_PATHS)) {
            return chain.filter(exchange);
        }
        // only reading the form is guarded here: errors of the handlers downstream are theirs to answer
        return exchange.getFormData()
                .map(form -> signatures.verify(exchange.getRequest(), form.toSingleValueMap())
                        ? Verdict.SIGNED
                        : Verdict.FORGED)
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

    private Mono<Void> forbidden(ServerWebExchange exchange) {
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
