package io.muster.gateway.hotline;

import io.muster.gateway.web.WebhookForm;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * The hotline steps of messages for a colleague (signed webhooks, checked before this runs) and the operator API
 * that lists an incident's messages (HTTP Basic, roles in SecurityConfiguration).
 */
@RestController
class ColleagueMessagesController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    /** A role's name as the directory keeps it is short; anything longer is no role of ours. */
    private static final int MAX_ROLE_LENGTH = 200;

    private final ColleagueMessaging messaging;
    private final TeamMessaging teams;
    private final ColleagueMessages messages;
    private final HotlineProperties properties;
    private final HotlineScripts scripts;

    ColleagueMessagesController(
            ColleagueMessaging messaging,
            TeamMessaging teams,
            ColleagueMessages messages,
            HotlineProperties properties,
            HotlineScripts scripts) {
        this.messaging = messaging;
        this.teams = teams;
        this.messages = messages;
        this.properties = properties;
        this.scripts = scripts;
    }

    @PostMapping(path = HotlineScripts.BASE + "colleague", consumes = FORM)
    Mono<ResponseEntity<String>> colleague(
            @RequestParam UUID person,
            @RequestParam UUID incident,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        HotlinePrompts prompts = properties.prompts(lang);
        return form(exchange, "CallSid")
                .flatMap(call -> messaging.colleagueTyped(person, incident, prompts, call))
                .map(ColleagueMessagesController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "colleague-recorded", consumes = FORM)
    Mono<ResponseEntity<String>> recorded(
            @RequestParam(required = false) @Nullable String lang, ServerWebExchange exchange) {
        HotlinePrompts prompts = properties.prompts(lang);
        return form(exchange, "CallSid")
                .map(call -> xml(scripts.goodbye(
                        prompts, ColleaguePrompts.of(prompts.code()).recorded())));
    }

    @ApiResponse(responseCode = "204", description = "Recorded; no body")
    @PostMapping(path = HotlineScripts.BASE + "colleague-status", consumes = FORM)
    Mono<ResponseEntity<Void>> status(
            @RequestParam UUID person, @RequestParam UUID incident, @RequestParam UUID to, ServerWebExchange exchange) {
        return form(exchange, "CallSid", "RecordingSid", "RecordingUrl", "RecordingStatus")
                .map(callback -> HotlineController.checked(RecordedMessage.from(callback, person, incident, null)))
                .flatMap(callback -> messaging.recorded(callback, person, incident, to))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** After 6: 1 a colleague, 2 a team. */
    @PostMapping(path = HotlineScripts.BASE + "message-for", consumes = FORM)
    Mono<ResponseEntity<String>> messageFor(
            @RequestParam UUID person,
            @RequestParam UUID incident,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        HotlinePrompts prompts = properties.prompts(lang);
        return form(exchange, "CallSid")
                .flatMap(call -> teams.kindChosen(person, incident, prompts, call))
                .map(ColleagueMessagesController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "team", consumes = FORM)
    Mono<ResponseEntity<String>> team(
            @RequestParam UUID person,
            @RequestParam UUID incident,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        HotlinePrompts prompts = properties.prompts(lang);
        return form(exchange, "CallSid")
                .flatMap(call -> teams.teamChosen(person, incident, prompts, call))
                .map(ColleagueMessagesController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "team-recorded", consumes = FORM)
    Mono<ResponseEntity<String>> teamRecorded(
            @RequestParam(required = false) @Nullable String lang, ServerWebExchange exchange) {
        HotlinePrompts prompts = properties.prompts(lang);
        return form(exchange, "CallSid")
                .map(call -> xml(
                        scripts.goodbye(prompts, TeamPrompts.of(prompts.code()).recorded())));
    }

    @ApiResponse(responseCode = "204", description = "Recorded; no body")
    @PostMapping(path = HotlineScripts.BASE + "team-status", consumes = FORM)
    Mono<ResponseEntity<Void>> teamStatus(
            @RequestParam UUID person,
            @RequestParam UUID incident,
            @RequestParam String role,
            ServerWebExchange exchange) {
        if (role.isBlank() || role.length() > MAX_ROLE_LENGTH) {
            throw new ServerWebInputException("role must be 1 to " + MAX_ROLE_LENGTH + " characters");
        }
        return form(exchange, "CallSid", "RecordingSid", "RecordingUrl", "RecordingStatus")
                .map(callback -> HotlineController.checked(RecordedMessage.from(callback, person, incident, null)))
                .flatMap(callback -> teams.recorded(callback, person, incident, role))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** Every voice message left for a colleague in the incident, with names and whether it was heard. */
    @GetMapping("/api/incidents/{incidentId}/voice-messages")
    Mono<List<ColleagueMessages.ColleagueMessage>> ofIncident(@PathVariable UUID incidentId) {
        return messages.ofIncident(incidentId);
    }

    private static Mono<WebhookForm> form(ServerWebExchange exchange, String... required) {
        return exchange.getFormData().map(form -> WebhookForm.requiring(form, required));
    }

    private static ResponseEntity<String> xml(String twiml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
    }
}
