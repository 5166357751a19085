package io.muster.gateway.hotline;

import io.muster.gateway.web.WebhookForm;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * The call-in hotline's webhooks: the hotline number's voice URL and every step after it. All are signed (the
 * signature filter runs before this) and every answer is TwiML, except the recording status callback's 204.
 */
@RestController
class HotlineController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final HotlineIdentification identification;
    private final HotlineKeypad keypad;
    private final HotlineRecordings recordings;
    private final HotlineScripts scripts;
    private final HotlineProperties properties;

    HotlineController(
            HotlineIdentification identification,
            HotlineKeypad keypad,
            HotlineRecordings recordings,
            HotlineScripts scripts,
            HotlineProperties properties) {
        this.identification = identification;
        this.keypad = keypad;
        this.recordings = recordings;
        this.scripts = scripts;
        this.properties = properties;
    }

    @PostMapping(path = "/webhooks/twilio/voice/inbound", consumes = FORM)
    Mono<ResponseEntity<String>> inbound(ServerWebExchange exchange) {
        return form(exchange, "CallSid", "From").flatMap(identification::answer).map(HotlineController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "identify", consumes = FORM)
    Mono<ResponseEntity<String>> identify(
            @RequestParam(defaultValue = "1") int attempt,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        int tried = Math.clamp(attempt, 1, properties.identifyAttempts());
        return form(exchange, "CallSid", "From")
                .flatMap(call -> identification.employeeId(call, tried, properties.prompts(lang)))
                .map(HotlineController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "verify", consumes = FORM)
    Mono<ResponseEntity<String>> verify(
            @RequestParam(defaultValue = "1") int attempt,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        int tried = Math.clamp(attempt, 1, properties.identifyAttempts());
        return form(exchange, "CallSid", "From")
                .flatMap(call -> identification.proof(call, tried, properties.prompts(lang)))
                .map(HotlineController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "choose", consumes = FORM)
    Mono<ResponseEntity<String>> choose(@RequestParam UUID person, ServerWebExchange exchange) {
        return form(exchange, "CallSid")
                .flatMap(call -> keypad.chosen(person, call))
                .map(HotlineController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "menu", consumes = FORM)
    Mono<ResponseEntity<String>> menu(
            @RequestParam UUID person,
            @RequestParam UUID incident,
            @RequestParam(required = false) @Nullable String prompt,
            ServerWebExchange exchange) {
        if (prompt != null && !IncidentMenus.isPrompt(prompt)) {
            throw new ServerWebInputException("prompt is not a prompt id");
        }
        return form(exchange, "CallSid")
                .flatMap(call -> keypad.pressed(person, incident, prompt, call))
                .map(HotlineController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "recorded", consumes = FORM)
    Mono<ResponseEntity<String>> recorded(
            @RequestParam(required = false) @Nullable String lang, ServerWebExchange exchange) {
        HotlinePrompts prompts = properties.prompts(lang);
        return form(exchange, "CallSid").map(call -> xml(scripts.goodbye(prompts, prompts.messageRecorded())));
    }

    @ApiResponse(responseCode = "204", description = "Recorded; no body")
    @PostMapping(path = HotlineScripts.BASE + "recording-status", consumes = FORM)
    Mono<ResponseEntity<Void>> recordingStatus(
            @RequestParam(required = false) @Nullable UUID person,
            @RequestParam(required = false) @Nullable UUID incident,
            @RequestParam(required = false) @Nullable UUID claimed,
            ServerWebExchange exchange) {
        return form(exchange, "CallSid", "RecordingSid", "RecordingUrl", "RecordingStatus")
                .map(callback -> checked(RecordedMessage.from(callback, person, incident, claimed)))
                .flatMap(recordings::completed)
                .thenReturn(ResponseEntity.noContent().build());
    }

    private static Mono<WebhookForm> form(ServerWebExchange exchange, String... required) {
        return exchange.getFormData().map(form -> WebhookForm.requiring(form, required));
    }

    /** Twilio's sids and an http(s) media URL; anything else is not a recording we could ever play. */
    static RecordedMessage checked(RecordedMessage message) {
        if (!message.recordingSid().matches("RE[0-9a-fA-F]{32}")
                || !message.callSid().matches("CA[0-9a-fA-F]{32}")) {
            throw new ServerWebInputException("RecordingSid or CallSid is not a Twilio sid");
        }
        if (!isHttpUrl(message.recordingUrl())) {
            throw new ServerWebInputException("RecordingUrl is not an http(s) URL");
        }
        return message;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return url.length() <= 2000
                    && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static ResponseEntity<String> xml(String twiml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
    }
}
