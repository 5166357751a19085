package io.muster.gateway.sms;

import io.muster.gateway.twilio.Twiml;
import io.muster.gateway.web.FunctionalProblems;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Twilio's inbound SMS webhook; its signature was checked before this runs (the form it read is
 * cached on the exchange, so it is parsed once). A functional route rather than an annotated
 * controller: the busiest webhook skips argument resolution, return-value handling and content
 * negotiation, and its TwiML is written as bytes (docs/replies-gateway.md, "Session 4").
 */
@Configuration(proxyBeanMethods = false)
class SmsReplyRoute {

    static final String PATH = "/webhooks/twilio/sms/inbound";
    private static final MediaType TWIML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> smsReplyWebhook(SmsReplies replies, FunctionalProblems problems) {
        return RouterFunctions.route(RequestPredicates.POST(PATH), request -> receive(request, replies, problems));
    }

    private static Mono<ServerResponse> receive(
            ServerRequest request, SmsReplies replies, FunctionalProblems problems) {
        if (!isForm(request)) {
            return problems.notAForm(request);
        }
        return request.formData()
                .map(InboundSms::from)
                .flatMap(replies::handle)
                .flatMap(SmsReplyRoute::twiml)
                .onErrorResume(error -> problems.answer(request, error));
    }

    private static boolean isForm(ServerRequest request) {
        return request.headers()
                .contentType()
                .filter(MediaType.APPLICATION_FORM_URLENCODED::isCompatibleWith)
                .isPresent();
    }

    private static Mono<ServerResponse> twiml(String text) {
        byte[] xml = Twiml.message(text).getBytes(StandardCharsets.UTF_8);
        return ServerResponse.ok().contentType(TWIML).contentLength(xml.length).build((exchange, context) -> {
            var response = exchange.getResponse();
            return response.writeWith(Mono.just(response.bufferFactory().wrap(xml)));
        });
    }
}
