package io.muster.gateway.hotline;

import io.muster.gateway.web.WebhookForm;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The hotline's steps of a scenario launch (after 5 at the incident menu, or at "no open incident"); signed webhooks answered with TwiML. */
@RestController
class ScenarioLaunchController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final ScenarioLaunching launching;
    private final HotlineProperties properties;

    ScenarioLaunchController(ScenarioLaunching launching, HotlineProperties properties) {
        this.launching = launching;
        this.properties = properties;
    }

    @PostMapping(path = HotlineScripts.BASE + "scenario-start", consumes = FORM)
    Mono<ResponseEntity<String>> start(
            @RequestParam UUID person,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        return form(exchange)
                .flatMap(call -> launching.startPressed(person, properties.prompts(lang), call))
                .map(ScenarioLaunchController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "scenario", consumes = FORM)
    Mono<ResponseEntity<String>> scenario(
            @RequestParam UUID person,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        return form(exchange)
                .flatMap(call -> launching.scenarioTyped(person, properties.prompts(lang), call))
                .map(ScenarioLaunchController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "scenario-site", consumes = FORM)
    Mono<ResponseEntity<String>> site(
            @RequestParam UUID person,
            @RequestParam UUID scenario,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        return form(exchange)
                .flatMap(call -> launching.siteTyped(person, scenario, version, properties.prompts(lang), call))
                .map(ScenarioLaunchController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "scenario-mode", consumes = FORM)
    Mono<ResponseEntity<String>> mode(
            @RequestParam UUID person,
            @RequestParam UUID scenario,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable UUID site,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        return form(exchange)
                .flatMap(call -> launching.modeChosen(person, scenario, version, site, properties.prompts(lang), call))
                .map(ScenarioLaunchController::xml);
    }

    @PostMapping(path = HotlineScripts.BASE + "scenario-confirm", consumes = FORM)
    Mono<ResponseEntity<String>> confirm(
            @RequestParam UUID person,
            @RequestParam UUID scenario,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable UUID site,
            @RequestParam boolean exercise,
            @RequestParam(defaultValue = "1") int confirmation,
            @RequestParam(required = false) @Nullable String lang,
            ServerWebExchange exchange) {
        return form(exchange)
                .flatMap(call -> launching.confirmed(
                        person, scenario, version, site, exercise, confirmation, properties.prompts(lang), call))
                .map(ScenarioLaunchController::xml);
    }

    private static Mono<WebhookForm> form(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> WebhookForm.requiring(form, "CallSid"));
    }

    private static ResponseEntity<String> xml(String twiml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
    }
}
