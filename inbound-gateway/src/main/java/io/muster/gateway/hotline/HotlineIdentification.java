package io.muster.gateway.hotline;

import io.muster.gateway.hotline.HotlineVerification.Outcome;
import io.muster.gateway.web.WebhookForm;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the caller's number if exactly one person with an open incident was reached on it; else the
 * employee id they type (of a person with an open incident or a hotline PIN), proven with their hotline PIN (or the
 * reply code of their alert, when accepted), a limited number of tries. A proven caller in no open incident may
 * still launch a prepared scenario (a commander when nothing is declared yet). Employee ids are no secret, so an id alone proves nothing: until the proof, the caller hears
 * nothing of any incident, and whatever the id, the next question is the same (no oracle of valid ids). A caller
 * who cannot prove it may still leave a message, flagged unverified; nobody's state changes.
 */
@Service
class HotlineIdentification {

    private final HotlineRequests requests;
    private final HotlineCalls calls;
    private final HotlineVerification verification;
    private final HotlineScripts scripts;
    private final IncidentMenus menus;
    private final HotlineProperties properties;
    private final IncidentServiceScenarios scenarios;
    private final HotlinePins pins;
    private final ScenarioLaunching launching;

    HotlineIdentification(
            HotlineRequests requests,
            HotlineCalls calls,
            HotlineVerification verification,
            HotlineScripts scripts,
            IncidentMenus menus,
            HotlineProperties properties,
            IncidentServiceScenarios scenarios,
            HotlinePins pins,
            ScenarioLaunching launching) {
        this.scenarios = scenarios;
        this.pins = pins;
        this.launching = launching;
        this.requests = requests;
        this.calls = calls;
        this.verification = verification;
        this.scripts = scripts;
        this.menus = menus;
        this.properties = properties;
    }

    /** The answer to a new call. */
    Mono<String> answer(WebhookForm call) {
        String callSid = call.get("CallSid");
        String from = call.get("From");
        return calls.started(callSid, from)
                .then(requests.byPhone(from))
                .map(Caller::from)
                .flatMap(caller -> caller.isPresent()
                        ? calls.identified(callSid, from, caller.get().personId(), "number")
                                .then(scenarios.menu())
                                .map(menu -> menus.welcome(caller.get()))
                        : Mono.just(askEmployeeId(properties.prompts(null))));
    }

    /** The first ask, in {@code prompts}' language, offering the other one. */
    private String askEmployeeId(HotlinePrompts prompts) {
        return scripts.askEmployeeId(prompts, 1, true, prompts.welcome());
    }

    /**
     * The employee id typed at try {@code attempt} in {@code language}: whomever it names (maybe nobody) is noted as
     * claimed and the proof is asked for. No keys at all lead straight to leaving a message; star (and no digits) is
     * the other language: the same question in it, no try used.
     */
    Mono<String> employeeId(WebhookForm call, int attempt, HotlinePrompts prompts) {
        String keys = Objects.requireNonNullElse(call.optional("Digits"), "");
        String digits = keys.replaceAll("\\D", "");
        if (digits.isEmpty() && keys.contains(HotlineScripts.OTHER_LANGUAGE_KEY)) {
            HotlinePrompts other = prompts.other();
            return Mono.just(scripts.askEmployeeId(other, attempt, false, other.welcome()));
        }
        if (digits.isEmpty()) {
            return Mono.just(scripts.unidentified(prompts, null));
        }
        return claimed(digits)
                .flatMap(claimed -> calls.claimed(call.get("CallSid"), call.get("From"), claimed.orElse(null)))
                .thenReturn(scripts.askPin(prompts, attempt));
    }

    /**
     * The one person these digits name: among those with an open incident and those with a hotline PIN (a
     * commander in no incident yet). Several people, or nobody: no one (we would only be guessing).
     */
    private Mono<Optional<UUID>> claimed(String digits) {
        return Mono.zip(requests.byEmployeeDigits(digits), pins.byEmployeeDigits(digits), (rows, withPins) -> {
            List<UUID> people = Stream.concat(rows.stream().map(CallerIncident::personId), withPins.stream())
                    .distinct()
                    .toList();
            return people.size() == 1 ? Optional.of(people.getFirst()) : Optional.<UUID>empty();
        });
    }

    /** The proof typed at try {@code attempt}: the claimed person's incidents, another try, or a message. */
    Mono<String> proof(WebhookForm call, int attempt, HotlinePrompts prompts) {
        String callSid = call.get("CallSid");
        String from = call.get("From");
        String digits = Objects.requireNonNullElse(call.optional("Digits"), "").replaceAll("\\D", "");
        return calls.claimedPerson(callSid).flatMap(claimed -> verification
                .prove(claimed.orElse(null), from, digits)
                .flatMap(outcome -> switch (outcome) {
                    case Outcome.Verified verified -> identified(callSid, from, verified);
                    case Outcome.Refused refused -> Mono.just(refused(attempt, prompts, claimed));
                    case Outcome.Locked locked ->
                        Mono.just(scripts.unidentified(
                                prompts, claimed.orElse(null), prompts.notVerified(), prompts.tooManyAttempts()));
                }));
    }

    private Mono<String> identified(String callSid, String from, Outcome.Verified verified) {
        return calls.identified(callSid, from, verified.personId(), verified.method())
                .then(scenarios.menu())
                .then(requests.byPerson(verified.personId()))
                .map(Caller::from)
                .map(caller -> caller.map(menus::identified)
                        .orElseGet(
                                () -> launching.offerWithoutIncident(verified.personId(), properties.prompts(null))));
    }

    private String refused(int attempt, HotlinePrompts prompts, Optional<UUID> claimed) {
        return attempt < properties.identifyAttempts()
                ? scripts.askEmployeeId(prompts, attempt + 1, false, prompts.notVerified())
                : scripts.unidentified(prompts, claimed.orElse(null), prompts.notVerified());
    }
}
