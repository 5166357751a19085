package io.muster.gateway.bridge;

import io.muster.gateway.web.WebhookForm;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Twilio's side of the bridge, signed like every webhook (checked before this runs): the conference status
 * callbacks (participant-join and participant-leave are recorded; the incident and person come from the URL we
 * wrote into the TwiML, the conference's name must be that incident's bridge) and the TwiML of a member rung in.
 */
@RestController
class BridgeWebhooksController {

    private static final Logger log = LoggerFactory.getLogger(BridgeWebhooksController.class);
    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final Pattern CALL_SID = Pattern.compile("CA[0-9a-fA-F]{32}");
    private static final Pattern CONFERENCE_SID = Pattern.compile("CF[0-9a-fA-F]{32}");
    private static final Map<String, String> RECORDED =
            Map.of("participant-join", "JOINED", "participant-leave", "LEFT");

    private final BridgeAttendance attendance;
    private final BridgeNames names;
    private final BridgeTwiml twiml;
    private final Clock clock;

    BridgeWebhooksController(BridgeAttendance attendance, BridgeNames names, BridgeTwiml twiml, Clock clock) {
        this.attendance = attendance;
        this.names = names;
        this.twiml = twiml;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "204", description = "Recorded (or not a join/leave); no body")
    @PostMapping(path = BridgeTwiml.STATUS_PATH, consumes = FORM)
    Mono<ResponseEntity<Void>> status(
            @RequestParam UUID incident, @RequestParam UUID person, ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(form -> WebhookForm.requiring(form, "ConferenceSid", "FriendlyName", "StatusCallbackEvent"))
                .flatMap(callback -> record(incident, person, callback))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** What a member rung in by an operator hears when they pick up: they are connected to the bridge. */
    @PostMapping(path = "/webhooks/twilio/bridge/ring-in", consumes = FORM)
    Mono<ResponseEntity<String>> ringIn(
            @RequestParam UUID incident,
            @RequestParam UUID person,
            @RequestParam(required = false) @Nullable String lang) {
        BridgePrompts prompts = BridgePrompts.of(lang);
        return Mono.just(ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(twiml.join(incident, person, prompts.ringing(), prompts)));
    }

    private Mono<Void> record(UUID incident, UUID person, WebhookForm callback) {
        if (!names.of(incident).equals(callback.get("FriendlyName"))) {
            throw new ServerWebInputException("The conference is not this incident's bridge.");
        }
        if (!CONFERENCE_SID.matcher(callback.get("ConferenceSid")).matches()) {
            throw new ServerWebInputException("ConferenceSid is not a Twilio sid");
        }
        String event = RECORDED.get(callback.get("StatusCallbackEvent"));
        if (event == null) {
            return Mono.empty(); // conference-start/-end and the rest: nobody joined or left
        }
        String callSid = callback.optional("CallSid");
        if (callSid == null || !CALL_SID.matcher(callSid).matches()) {
            throw new ServerWebInputException("CallSid is missing or not a Twilio sid");
        }
        log.info("Bridge of incident {}: {} {}", incident, person, event);
        return attendance.record(incident, person, callSid, callback.get("ConferenceSid"), event, at(callback));
    }

    /** Twilio's Timestamp (RFC 2822) when it sent one we can read, else when we received the callback. */
    private Instant at(WebhookForm callback) {
        String timestamp = callback.optional("Timestamp");
        if (timestamp != null) {
            try {
                return ZonedDateTime.parse(timestamp, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                log.debug("Unreadable conference Timestamp; using the time received");
            }
        }
        return clock.instant();
    }
}
