package io.muster.gateway.sms;

import io.muster.gateway.twilio.Twiml;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Twilio's inbound SMS webhook; its signature was checked before this runs. */
@RestController
class SmsReplyController {

    private final SmsReplies replies;

    SmsReplyController(SmsReplies replies) {
        this.replies = replies;
    }

    @PostMapping(path = "/webhooks/twilio/sms/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<String>> receive(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(InboundSms::from)
                .flatMap(replies::handle)
                .map(Twiml::message);
    }
}
