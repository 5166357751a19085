package io.muster.gateway.hotline;

import io.muster.gateway.web.WebhookForm;
import java.util.Objects;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Who is calling: the caller's number if exactly one person with an open incident was reached on it, else the
 * employee id they type (a limited number of tries), else nobody: they may still leave a message.
 */
@Service
class HotlineIdentification {

    private final HotlineRequests requests;
    private final HotlineCalls calls;
    private final HotlineScripts scripts;
    private final IncidentMenus menus;
    private final HotlineProperties properties;

    HotlineIdentification(
            HotlineRequests requests,
            HotlineCalls calls,
            HotlineScripts scripts,
            IncidentMenus menus,
            HotlineProperties properties) {
        this.requests = requests;
        this.calls = calls;
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
                        ? calls.identified(callSid, from, caller.get().personId())
                                .thenReturn(menus.welcome(caller.get()))
                        : Mono.just(askEmployeeId(properties.prompts(null))));
    }

    /** The first ask, in {@code prompts}' language, offering the other one. */
    private String askEmployeeId(HotlinePrompts prompts) {
        return scripts.askEmployeeId(prompts, 1, true, prompts.welcome());
    }

    /**
     * The employee id typed at try {@code attempt} in {@code language}; no keys at all lead straight to leaving a
     * message; star (and no digits) is the other language: the same question in it, no try used.
     */
    Mono<String> employeeId(WebhookForm call, int attempt, HotlinePrompts prompts) {
        String keys = Objects.requireNonNullElse(call.optional("Digits"), "");
        String digits = keys.replaceAll("\\D", "");
        if (digits.isEmpty() && keys.contains(HotlineScripts.OTHER_LANGUAGE_KEY)) {
            HotlinePrompts other = prompts.other();
            return Mono.just(scripts.askEmployeeId(other, attempt, false, other.welcome()));
        }
        if (digits.isEmpty()) {
            return Mono.just(scripts.unidentified(prompts));
        }
        return requests.byEmployeeDigits(digits)
                .map(Caller::from)
                .flatMap(caller -> caller.isPresent()
                        ? calls.identified(
                                        call.get("CallSid"),
                                        call.get("From"),
                                        caller.get().personId())
                                .thenReturn(menus.identified(caller.get()))
                        : Mono.just(notFound(attempt, prompts)));
    }

    private String notFound(int attempt, HotlinePrompts prompts) {
        return attempt < properties.identifyAttempts()
                ? scripts.askEmployeeId(prompts, attempt + 1, false, prompts.employeeIdUnknown())
                : scripts.unidentified(prompts, prompts.employeeIdUnknown());
    }
}
