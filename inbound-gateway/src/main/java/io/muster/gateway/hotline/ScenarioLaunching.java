package io.muster.gateway.hotline;

import static io.muster.gateway.hotline.HotlineScripts.BASE;
import static io.muster.gateway.hotline.HotlineScripts.INPUT_TIMEOUT_SECONDS;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import io.muster.gateway.hotline.IncidentServiceScenarios.Launch;
import io.muster.gateway.hotline.IncidentServiceScenarios.Outcome;
import io.muster.gateway.web.WebhookForm;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Launching a prepared scenario by phone (5 at the incident menu, or after "no open incident" for a caller proven by
 * employee id and PIN): the caller picks the scenario and the site by
 * their keypad numbers, says exercise (1) or real (2), hears the scenario and the site back and confirms with 1 (a
 * life-safety scenario twice). What was chosen travels in the action URLs the gateway writes (signed by Twilio);
 * every step acts only on a call identified as the person. The incident-service decides who may launch; the
 * launch is logged per call and scenario, so a replayed confirmation answers the same words and launches nothing
 * more (and the CallSid is the launch's idempotency key, for a retry after an outage).
 */
@Service
class ScenarioLaunching {

    static final String KEY = "5";

    private final IncidentServiceScenarios scenarios;
    private final HotlineCalls calls;
    private final HotlineRequests requests;
    private final HotlineScripts scripts;
    private final HotlinePins pins;

    ScenarioLaunching(
            IncidentServiceScenarios scenarios,
            HotlineCalls calls,
            HotlineRequests requests,
            HotlineScripts scripts,
            HotlinePins pins) {
        this.scenarios = scenarios;
        this.calls = calls;
        this.requests = requests;
        this.scripts = scripts;
        this.pins = pins;
    }

    /**
     * A proven caller in no open incident: "no open incident", and 5 to launch a scenario when any is approved (at
     * the menu read when they were identified); else goodbye.
     */
    String offerWithoutIncident(UUID personId, HotlinePrompts prompts) {
        if (!scenarios.offered()) {
            return scripts.goodbye(prompts, prompts.noOpenIncident());
        }
        String text = prompts.noOpenIncident() + " "
                + ScenarioPrompts.of(prompts.code()).menu();
        return ask(prompts, text, 1, "scenario-start?person=" + personId);
    }

    /** The key pressed after {@link #offerWithoutIncident}: 5 starts the launch; anything else launches nothing. */
    Mono<String> startPressed(UUID personId, HotlinePrompts prompts, WebhookForm call) {
        if (!KEY.equals(digits(call))) {
            return Mono.just(
                    scripts.goodbye(prompts, ScenarioPrompts.of(prompts.code()).cancelled()));
        }
        return calls.identifiedAs(call.get("CallSid"), personId)
                .flatMap(yes -> yes ? start(personId, prompts) : Mono.just(notIdentified(prompts)));
    }

    /** The caller pressed 5: the scenarios to choose from, or "not available". */
    Mono<String> start(UUID personId, HotlinePrompts prompts) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        return withMenu(prompts, menu -> {
            StringBuilder text = new StringBuilder(words.choose());
            for (ScenarioMenu.Scenario scenario : menu.scenarios()) {
                text.append(' ')
                        .append(words.item()
                                .render(Map.of("name", scenario.name(), "keypad", String.valueOf(scenario.keypad()))));
            }
            return ask(prompts, text.toString(), 3, "scenario?person=" + personId);
        });
    }

    /** The scenario's number typed: the site to choose (or straight to exercise or real when there are none). */
    Mono<String> scenarioTyped(UUID personId, HotlinePrompts prompts, WebhookForm call) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        return identified(call, personId, prompts, menu -> {
            Optional<ScenarioMenu.Scenario> chosen = menu.byKeypad(digits(call));
            if (chosen.isEmpty()) {
                return scripts.goodbye(prompts, words.unknown() + " " + words.cancelled());
            }
            String query = "person=" + personId + "&scenario=" + chosen.get().id() + "&version="
                    + chosen.get().version();
            if (menu.sites().isEmpty()) {
                return ask(prompts, words.mode(), 1, "scenario-mode?" + query);
            }
            StringBuilder text = new StringBuilder(words.site());
            for (ScenarioMenu.Site site : menu.sites()) {
                text.append(' ')
                        .append(words.siteItem()
                                .render(Map.of("name", site.name(), "keypad", String.valueOf(site.keypad()))));
            }
            return ask(prompts, text.toString(), 3, "scenario-site?" + query);
        });
    }

    /** The site's number typed: exercise or real. */
    Mono<String> siteTyped(UUID personId, UUID scenarioId, int version, HotlinePrompts prompts, WebhookForm call) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        return identified(call, personId, prompts, menu -> menu.siteByKeypad(digits(call))
                .map(site -> ask(
                        prompts,
                        words.mode(),
                        1,
                        "scenario-mode?person=" + personId + "&scenario=" + scenarioId + "&version=" + version
                                + "&site=" + site.id()))
                .orElseGet(() -> scripts.goodbye(prompts, words.unknown() + " " + words.cancelled())));
    }

    /** Exercise (1) or real (2): the scenario and the site read back, and the confirmation. */
    Mono<String> modeChosen(
            UUID personId,
            UUID scenarioId,
            int version,
            @Nullable UUID siteId,
            HotlinePrompts prompts,
            WebhookForm call) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        String digits = digits(call);
        if (!digits.equals("1") && !digits.equals("2")) {
            return Mono.just(scripts.goodbye(prompts, words.unknown() + " " + words.cancelled()));
        }
        boolean exercise = digits.equals("1");
        return identified(call, personId, prompts, menu -> {
            Optional<ScenarioMenu.Scenario> scenario = menu.scenario(scenarioId);
            Optional<ScenarioMenu.Site> site = siteId == null ? Optional.empty() : menu.site(siteId);
            if (scenario.isEmpty() || (siteId != null && site.isEmpty())) {
                return scripts.goodbye(prompts, words.failed());
            }
            String text = words.confirm()
                    .render(Map.of(
                            "name", scenario.get().name(),
                            "site", site.map(ScenarioMenu.Site::name).orElse(words.defaultSites()),
                            "mode", exercise ? words.exercise() : words.real()));
            return ask(prompts, text, 1, confirmQuery(personId, scenarioId, version, siteId, exercise, 1));
        });
    }

    /** The confirmation: a life-safety scenario asks once more, then the launch and its outcome. */
    Mono<String> confirmed(
            UUID personId,
            UUID scenarioId,
            int version,
            @Nullable UUID siteId,
            boolean exercise,
            int confirmation,
            HotlinePrompts prompts,
            WebhookForm call) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        if (!digits(call).equals("1")) {
            return Mono.just(scripts.goodbye(prompts, words.cancelled()));
        }
        return calls.identifiedAs(call.get("CallSid"), personId)
                .flatMap(yes -> yes ? scenarios.menu() : Mono.<Optional<ScenarioMenu>>empty())
                .flatMap(menu -> {
                    Optional<ScenarioMenu.Scenario> scenario = menu.flatMap(m -> m.scenario(scenarioId));
                    if (menu.isEmpty()) {
                        return Mono.just(scripts.goodbye(prompts, words.unavailable()));
                    }
                    if (scenario.isEmpty()) {
                        return Mono.just(scripts.goodbye(prompts, words.failed()));
                    }
                    if (scenario.get().lifeSafety() && confirmation < 2) {
                        return Mono.just(ask(
                                prompts,
                                words.lifeSafety(),
                                1,
                                confirmQuery(personId, scenarioId, version, siteId, exercise, 2)));
                    }
                    return launch(personId, scenario.get(), version, siteId, exercise, prompts, call);
                })
                .switchIfEmpty(Mono.fromSupplier(() -> notIdentified(prompts)));
    }

    private Mono<String> launch(
            UUID personId,
            ScenarioMenu.Scenario scenario,
            int version,
            @Nullable UUID siteId,
            boolean exercise,
            HotlinePrompts prompts,
            WebhookForm call) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        String callSid = call.get("CallSid");
        return calls.receive(callSid, "scenario-launch:" + scenario.id(), call.params())
                .flatMap(step -> step.reply() != null
                        ? Mono.just(step.reply())
                        : requests.employeeId(personId)
                                .switchIfEmpty(pins.employeeId(personId))
                                .flatMap(employeeId -> scenarios.launch(
                                        scenario.id(),
                                        new Launch(
                                                employeeId,
                                                siteId == null ? List.of() : List.of(siteId),
                                                exercise,
                                                scenario.lifeSafety(),
                                                version),
                                        callSid))
                                .defaultIfEmpty(Outcome.REFUSED)
                                .flatMap(outcome -> {
                                    String reply = scripts.goodbye(
                                            prompts,
                                            switch (outcome) {
                                                case LAUNCHED ->
                                                    words.launched().render("name", scenario.name());
                                                case REFUSED -> words.refused();
                                                case FAILED -> words.failed();
                                                case UNAVAILABLE -> words.unavailable();
                                            });
                                    // an outage is not the end: Twilio's retry may launch (same key, at most once)
                                    return outcome == Outcome.UNAVAILABLE
                                            ? Mono.just(reply)
                                            : calls.handled(step.id(), "SCENARIO_" + outcome, reply)
                                                    .thenReturn(reply);
                                }));
    }

    private static String confirmQuery(
            UUID personId, UUID scenarioId, int version, @Nullable UUID siteId, boolean exercise, int confirmation) {
        return "scenario-confirm?person=" + personId + "&scenario=" + scenarioId + "&version=" + version
                + (siteId == null ? "" : "&site=" + siteId) + "&exercise=" + exercise + "&confirmation="
                + confirmation;
    }

    /** {@code next} with the menu, on a call identified as the person; else the words for nobody. */
    private Mono<String> identified(
            WebhookForm call, UUID personId, HotlinePrompts prompts, Function<ScenarioMenu, String> next) {
        return calls.identifiedAs(call.get("CallSid"), personId)
                .flatMap(yes -> yes ? withMenu(prompts, next) : Mono.just(notIdentified(prompts)));
    }

    private Mono<String> withMenu(HotlinePrompts prompts, Function<ScenarioMenu, String> next) {
        ScenarioPrompts words = ScenarioPrompts.of(prompts.code());
        return scenarios.menu().map(menu -> menu.filter(m -> !m.scenarios().isEmpty())
                .map(next)
                .orElseGet(() -> scripts.goodbye(prompts, words.unavailable())));
    }

    private String notIdentified(HotlinePrompts prompts) {
        return scripts.goodbye(prompts, prompts.noOpenIncident());
    }

    private static String digits(WebhookForm call) {
        return Objects.requireNonNullElse(call.optional("Digits"), "").replaceAll("[^0-9]", "");
    }

    private static String ask(HotlinePrompts prompts, String text, int digits, String action) {
        Gather.Builder gather = new Gather.Builder()
                .numDigits(digits)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + action + "&lang=" + prompts.code())
                .say(prompts.say(text));
        if (digits > 1) {
            gather.finishOnKey("#");
        }
        return new VoiceResponse.Builder()
                .gather(gather.build())
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }
}
