package io.muster.gateway.twilio;

import io.muster.gateway.web.AbortedRequests;
import io.muster.gateway.web.ControlCharacters;
import io.muster.gateway.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
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
 * What counts as a webhook is decided on what the router could serve ({@link WebhookPaths}), not on
 * the raw path: an encoded, case-changed or otherwise unusual spelling of a webhook path is refused
 * outright. The signature covers the externally visible URL and every value of every form parameter;
 * the form stays cached on the exchange for the handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TwilioSignatureFilter implements WebFilter {

    private final WebhookSignatures signatures;
    private final Problems problems;

    TwilioSignatureFilter(TwilioSignatures signatures, WebhookUrls urls, Problems problems) {
        this.signatures = new WebhookSignatures(signatures, urls);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getURI().getRawPath();
        if (!WebhookPaths.isWebhook(path)) {
            return chain.filter(exchange);
        }
        if (!WebhookPaths.isPlain(path)) {
            return notPlain(exchange);
        }
        // only reading the form is guarded here: errors of the handlers downstream are theirs to answer
        return exchange.getFormData()
                .map(form -> verdict(exchange.getRequest(), form))
                .onErrorResume(DataBufferLimitException.class, e -> Mono.just(Verdict.TOO_LARGE))
                .onErrorResume(IllegalArgumentException.class, e -> Mono.just(Verdict.MALFORMED))
                .onErrorResume(
                        AbortedRequests::isAbortedByClient,
                        e -> AbortedRequests.abandoned(exchange.getRequest(), e).then(Mono.<Verdict>empty()))
                .flatMap(verdict -> switch (verdict) {
                    case SIGNED -> chain.filter(exchange);
                    case FORGED -> forbidden(exchange);
                    case TOO_LARGE -> tooLarge(exchange);
                    case MALFORMED -> malformed(exchange);
                    case CONTROL_CHARACTERS -> controlCharacters(exchange);
                });
    }

    private Verdict verdict(ServerHttpRequest request, MultiValueMap<String, String> form) {
        if (ControlCharacters.inAny(form) || ControlCharacters.inAny(request.getQueryParams())) {
            return Verdict.CONTROL_CHARACTERS;
        }
        return signatures.verify(request, form) ? Verdict.SIGNED : Verdict.FORGED;
    }

    private enum Verdict {
        SIGNED,
        FORGED,
        TOO_LARGE,
        MALFORMED,
        CONTROL_CHARACTERS
    }

    private Mono<Void> notPlain(ServerWebExchange exchange) {
        return problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "non-canonical-path",
                "Webhook paths are accepted only as written in the provider's configuration: lower-case, "
                        + "without encoded characters, path parameters, dot segments, repeated or trailing slashes.");
    }

    private Mono<Void> forbidden(ServerWebExchange exchange) {
        return problems.write(
                exchange, HttpStatus.FORBIDDEN, "invalid-signature", "The webhook signature is missing or invalid.");
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close"); // the rest was never read
        return problems.write(
                exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is too large.");
    }

    private Mono<Void> malformed(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", "The form body cannot be read.");
    }

    private Mono<Void> controlCharacters(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.BAD_REQUEST, "invalid-characters", ControlCharacters.DETAIL);
    }
}
