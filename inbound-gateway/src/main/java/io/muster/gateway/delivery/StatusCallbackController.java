package io.muster.gateway.delivery;

import io.muster.gateway.spool.Spool;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Twilio's status callbacks for messages and calls the notifier placed; the notifier names the notification
 * (and the attempt) in the callback URL's query. The signature was checked before this runs. While the database
 * is away a callback is spooled and acknowledged the same way ({@link Spool}).
 */
@RestController
class StatusCallbackController {

    private final DeliveryStatuses statuses;
    private final Spool spool;

    StatusCallbackController(DeliveryStatuses statuses, Spool spool) {
        this.statuses = statuses;
        this.spool = spool;
    }

    @ApiResponse(responseCode = "204", description = "Recorded; no body")
    @PostMapping(path = "/webhooks/twilio/sms/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<Void>> receive(
            @RequestParam UUID notificationId,
            @RequestParam(defaultValue = "SMS") String channel,
            @RequestParam(defaultValue = "1") int attempt,
            @RequestParam(required = false) UUID incidentId,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "false") boolean exercise,
            ServerWebExchange exchange) {
        var url = new StatusCallback.CallbackUrl(notificationId, channel, attempt, incidentId, personId, exercise);
        return exchange.getFormData()
                .flatMap(form -> handle(url, form, false))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @ApiResponse(responseCode = "204", description = "Recorded; no body")
    @PostMapping(path = "/webhooks/twilio/voice/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<Void>> receiveCall(
            @RequestParam UUID notificationId,
            @RequestParam(defaultValue = "1") int attempt,
            @RequestParam(required = false) UUID incidentId,
            @RequestParam(required = false) UUID personId,
            @RequestParam(defaultValue = "false") boolean exercise,
            ServerWebExchange exchange) {
        var url = new StatusCallback.CallbackUrl(notificationId, "VOICE", attempt, incidentId, personId, exercise);
        return exchange.getFormData()
                .flatMap(form -> handle(url, form, true))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private Mono<Boolean> handle(StatusCallback.CallbackUrl url, MultiValueMap<String, String> form, boolean call) {
        StatusCallback callback = call ? StatusCallback.fromCall(url, form) : StatusCallback.fromMessage(url, form);
        return spool.handle(
                StatusCallbackReplay.spooled(url, form, call),
                () -> statuses.handle(callback).thenReturn(true),
                true);
    }
}
