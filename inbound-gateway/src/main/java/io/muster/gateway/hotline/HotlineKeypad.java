package io.muster.gateway.hotline;

import io.muster.gateway.bridge.Bridge;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.reply.Replies;
import io.muster.gateway.reply.ReplyReceived;
import io.muster.gateway.web.WebhookForm;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The keys an identified caller presses at an incident's menu: 1 safe, 2 need help, 3 at an alternate site (if offered)
 * (published as ReplyReceived, channel HOTLINE, for their latest request of that incident), 4 record a message,
 * 5 launch a prepared scenario (when offered, {@link ScenarioLaunching}), 6 leave a message for a colleague or a team
 * ({@link TeamMessaging}), 7 hear the messages left for the caller, 9 the update again, 0 another incident. A state is logged per call and keypad prompt (every menu we read has a
 * prompt id of its own in its action URL) before it is published: a replayed webhook publishes nothing more, while
 * a caller who changes their mind (2, then 1, then 2 again) is heard every time. Only a call identified as the
 * person (by number or by proof) acts in their name.
 */
@Service
class HotlineKeypad {

    private static final Logger log = LoggerFactory.getLogger(HotlineKeypad.class);
    private static final String LEAVE_MESSAGE = "6";
    private static final String HEAR_MESSAGES = "7";
    private static final Map<String, String> STATES = Map.of("1", "SAFE", "2", "NEEDS_HELP", "3", "AT_ALTERNATE_SITE");

    private final HotlineRequests requests;
    private final HotlineCalls calls;
    private final HotlineScripts scripts;
    private final IncidentMenus menus;
    private final Replies replies;
    private final HotlineProperties properties;
    private final Bridge bridge;
    private final ColleagueMessaging colleagues;
    private final TeamMessaging teams;
    private final ScenarioLaunching scenarios;

    HotlineKeypad(
            HotlineRequests requests,
            HotlineCalls calls,
            HotlineScripts scripts,
            IncidentMenus menus,
            Replies replies,
            HotlineProperties properties,
            Bridge bridge,
            ColleagueMessaging colleagues,
            TeamMessaging teams,
            ScenarioLaunching scenarios) {
        this.teams = teams;
        this.scenarios = scenarios;
        this.bridge = bridge;
        this.colleagues = colleagues;
        this.requests = requests;
        this.calls = calls;
        this.scripts = scripts;
        this.menus = menus;
        this.replies = replies;
        this.properties = properties;
    }

    /** The key pressed at the menu read with prompt id {@code prompt} (none in menus read before prompts had ids). */
    Mono<String> pressed(UUID personId, UUID incidentId, @Nullable String prompt, WebhookForm call) {
        String digits = Objects.requireNonNullElse(call.optional("Digits"), "").strip();
        return identified(call, personId)
                .flatMap(yes -> requests.byPerson(personId))
                .map(Caller::from)
                .map(caller -> caller.flatMap(c -> c.incident(incidentId).map(incident -> new Selected(c, incident))))
                .flatMap(selected ->
                        selected.isEmpty() ? Mono.just(noOpenIncident()) : act(selected.get(), digits, prompt, call))
                .defaultIfEmpty(noOpenIncident());
    }

    /** The key pressed at the choice of incident: that incident's update and menu, or the choice again. */
    Mono<String> chosen(UUID personId, WebhookForm call) {
        String digits = Objects.requireNonNullElse(call.optional("Digits"), "").strip();
        return identified(call, personId)
                .flatMap(yes -> requests.byPerson(personId))
                .map(Caller::from)
                .map(caller -> caller.map(c -> menus.page(c, c.choice(digits).orElse(null)))
                        .orElseGet(this::noOpenIncident))
                .defaultIfEmpty(noOpenIncident());
    }

    /** Empty unless the call was identified as this person. */
    private Mono<Boolean> identified(WebhookForm call, UUID personId) {
        return calls.identifiedAs(call.get("CallSid"), personId).filter(Boolean::booleanValue);
    }

    /** Nobody to talk to in their language any more (their incidents closed): the default language. */
    private String noOpenIncident() {
        HotlinePrompts prompts = properties.prompts(null);
        return scripts.goodbye(prompts, prompts.noOpenIncident());
    }

    /** The caller and the incident they are on: known and open for them. */
    private record Selected(Caller caller, CallerIncident incident) {}

    private Mono<String> act(Selected selected, String digits, @Nullable String prompt, WebhookForm call) {
        Caller caller = selected.caller();
        CallerIncident incident = selected.incident();
        if (STATES.containsKey(digits) && (!"3".equals(digits) || incident.offersAlternateSite())) {
            return report(selected, STATES.get(digits), digits, prompt, call);
        }
        if (LEAVE_MESSAGE.equals(digits)) {
            return teams.offer(menus.prompts(caller), caller.personId(), incident.incidentId());
        }
        if (HEAR_MESSAGES.equals(digits)) {
            return colleagues.listen(caller, incident, menus.prompts(caller));
        }
        if (ScenarioLaunching.KEY.equals(digits) && menus.offersScenarios()) {
            return scenarios.start(caller.personId(), menus.prompts(caller));
        }
        return Mono.just(
                switch (digits) {
                    case "4" -> {
                        HotlinePrompts prompts = menus.prompts(caller);
                        yield scripts.record(prompts, caller.personId(), incident.incidentId(), prompts.record());
                    }
                    case "9" -> menus.page(caller, incident);
                    case Bridge.KEY ->
                        incident.bridge()
                                ? bridge.join(
                                        incident.incidentId(),
                                        caller.personId(),
                                        menus.prompts(caller).code())
                                : menus.notAnOption(caller, incident);
                    case "0" ->
                        caller.severalIncidents() ? menus.page(caller, null) : menus.notAnOption(caller, incident);
                    default -> menus.notAnOption(caller, incident);
                });
    }

    private Mono<String> report(
            Selected selected, String answer, String digits, @Nullable String prompt, WebhookForm call) {
        CallerIncident incident = selected.incident();
        String callSid = call.get("CallSid");
        String reply = menus.stateRecorded(selected.caller(), incident, answer);
        // the delivery: one prompt of one call; menus without a prompt id fall back to the answer, as they did
        String delivery = prompt != null ? "prompt:" + prompt : incident.incidentId() + ":" + answer;
        return calls.receive(callSid, "state:" + delivery, call.params())
                .flatMap(step -> step.reply() != null
                        ? Mono.just(step.reply())
                        : replies.publish(
                                        request(incident),
                                        new ReplyReceived.Answer("HOTLINE", answer, digits, null, null, callSid),
                                        "hotline:" + callSid + ":" + delivery)
                                .then(calls.handled(step.id(), "PUBLISHED", reply))
                                .doOnSuccess(done -> log.info(
                                        "Hotline state {} for notification {}", answer, incident.notificationId()))
                                .thenReturn(reply));
    }

    /** What ReplyReceived needs of the request the answer belongs to: the caller's latest one in the incident. */
    private static OpenRequest request(CallerIncident incident) {
        return new OpenRequest(
                incident.notificationId(),
                incident.incidentId(),
                incident.personId(),
                null,
                null,
                null,
                null,
                List.of(),
                incident.title(),
                incident.expiresAt(),
                incident.exercise(),
                null,
                null,
                List.of());
    }
}
