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
                        : Mono.just(scripts.askEmployeeId(1, HotlinePrompts.WELCOME)));
    }

    /** The employee id typed at try {@code attempt}; no keys at all lead straight to leaving a message. */
    Mono<String> employeeId(WebhookForm call, int attempt) {
        String digits = Objects.requireNonNullElse(call.optional("Digits"), "").replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return Mono.just(scripts.unidentified());
        }
        return requests.byEmployeeDigits(digits)
                .map(Caller::from)
                .flatMap(caller -> caller.isPresent()
                        ? calls.identified(
                                        call.get("CallSid"),
                                        call.get("From"),
                                        caller.get().personId())
                                .thenReturn(menus.identified(caller.get()))
                        : Mono.just(notFound(attempt)));
    }

    private String notFound(int attempt) {
        return attempt < properties.identifyAttempts()
                ? scripts.askEmployeeId(attempt + 1, HotlinePrompts.EMPLOYEE_ID_UNKNOWN)
                : scripts.unidentified(HotlinePrompts.EMPLOYEE_ID_UNKNOWN);
    }
}
