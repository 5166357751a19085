package io.muster.gateway.sms;

import io.muster.gateway.spool.Spool;
import io.muster.gateway.twilio.Twiml;
import io.muster.gateway.twilio.WebhookSignatures;
import io.muster.gateway.web.FormBody;
import io.muster.gateway.web.WebhookErrors;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Twilio's inbound SMS webhook, served on the bare HTTP request in front of WebFlux: building a
 * ServerWebExchange (its codec reader lists), the filter chain and the handler mapping cost more of
 * the HTTP event loop than the webhook's own work (docs/replies-gateway.md, "Session 5"). It does
 * what those layers did for this path, in their order: the body limit, the form, the signature,
 * the media type, the parameters, then the reply as TwiML. Every other request goes to WebFlux. While the
 * database is away a signed reply is spooled and answered with an empty TwiML response ({@link Spool}).
 */
@Component
class SmsWebhook implements HttpHandlerDecoratorFactory {

    static final String PATH = "/webhooks/twilio/sms/inbound";
    private static final String TWIML = "application/xml;charset=UTF-8";
    /**
     * The answer to a spooled reply: nothing is texted back. What to say (a thank-you, which alert, the options)
     * and in which language depends on the database; the reply is recorded once it is back.
     */
    private static final String NOTHING_TO_SEND = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final SmsReplies replies;
    private final WebhookSignatures signatures;
    private final WebhookErrors errors;
    private final Spool spool;

    SmsWebhook(SmsReplies replies, WebhookSignatures signatures, WebhookErrors errors, Spool spool) {
        this.replies = replies;
        this.spool = spool;
        this.signatures = signatures;
        this.errors = errors;
    }

    @Override
    public HttpHandler apply(HttpHandler webFlux) {
        return (request, response) ->
                isSmsWebhook(request) ? receive(request, response) : webFlux.handle(request, response);
    }

    private static boolean isSmsWebhook(ServerHttpRequest request) {
        return HttpMethod.POST.equals(request.getMethod())
                && PATH.equals(request.getURI().getRawPath());
    }

    private Mono<Void> receive(ServerHttpRequest request, ServerHttpResponse response) {
        try {
            if (request.getHeaders().getContentLength() > FormBody.LIMIT.toBytes()) {
                return errors.declaredTooLarge(request, response);
            }
            // not a form: no parameters, and the body is left unread, as ServerWebExchange.getFormData does
            MediaType form = FormBody.formType(request.getHeaders());
            Mono<Map<String, String>> params =
                    form == null ? Mono.just(Map.of()) : FormBody.read(request.getBody(), form);
            return params.flatMap(read -> answer(request, response, read, form))
                    .onErrorResume(error -> errors.answer(request, response, error));
        } catch (RuntimeException e) {
            return errors.answer(request, response, e);
        }
    }

    private Mono<Void> answer(
            ServerHttpRequest request,
            ServerHttpResponse response,
            Map<String, String> params,
            @Nullable MediaType form) {
        if (!signatures.verify(request, params)) {
            return errors.invalidSignature(request, response);
        }
        if (form == null) {
            return errors.notAForm(request, response);
        }
        InboundSms sms = InboundSms.from(params);
        return spool.handle(
                        SmsReplyReplay.spooled(sms),
                        () -> replies.handle(sms).map(Optional::of),
                        Optional.<String>empty())
                .flatMap(text -> twiml(response, text));
    }

    private static Mono<Void> twiml(ServerHttpResponse response, Optional<String> text) {
        byte[] xml = text.map(Twiml::message).orElse(NOTHING_TO_SEND).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().set(HttpHeaders.CONTENT_TYPE, TWIML);
        response.getHeaders().setContentLength(xml.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(xml)));
    }
}
