package io.muster.gateway.hotline;

import static io.muster.gateway.hotline.HotlineScripts.BASE;
import static io.muster.gateway.hotline.HotlineScripts.INPUT_TIMEOUT_SECONDS;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import io.muster.gateway.bridge.Bridge;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The TwiML of an identified caller, in their language: the choice of incident, an incident's update and its
 * keypad menu. Titles and updates are read as written (in the language they were written in).
 */
@Component
class IncidentMenus {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PROMPT = Pattern.compile("[0-9a-f]{12}");

    private final HotlineProperties properties;
    private final IncidentServiceScenarios scenarios;

    IncidentMenus(HotlineProperties properties, IncidentServiceScenarios scenarios) {
        this.properties = properties;
        this.scenarios = scenarios;
    }

    /** Whether the menu offers 5, launch a prepared scenario: on, and approved scenarios at the last look. */
    boolean offersScenarios() {
        return scenarios.offered();
    }

    /** The caller's language (their latest request's locale), else the hotline's default. */
    HotlinePrompts prompts(Caller caller) {
        return properties.prompts(caller.locale());
    }

    /** The first answer to a caller we identified by number. */
    String welcome(Caller caller) {
        HotlinePrompts prompts = prompts(caller);
        VoiceResponse.Builder twiml = new VoiceResponse.Builder().say(prompts.say(prompts.welcome()));
        return firstPage(twiml, caller, prompts).build().toXml();
    }

    /** After identification by employee id: like a welcome, without the greeting again. */
    String identified(Caller caller) {
        return firstPage(new VoiceResponse.Builder(), caller, prompts(caller))
                .build()
                .toXml();
    }

    /** The incident's update and menu, or the choice of incident when {@code incident} is null. */
    String page(Caller caller, @Nullable CallerIncident incident) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder();
        HotlinePrompts prompts = prompts(caller);
        return (incident == null ? choose(twiml, caller, prompts) : incident(twiml, caller, incident, prompts))
                .build()
                .toXml();
    }

    String stateRecorded(Caller caller, CallerIncident incident, String answer) {
        HotlinePrompts prompts = prompts(caller);
        return new VoiceResponse.Builder()
                .say(prompts.say(prompts.recordedState(answer)))
                .gather(menuGather(caller, incident, prompts, prompts.afterState()))
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    String notAnOption(Caller caller, CallerIncident incident) {
        HotlinePrompts prompts = prompts(caller);
        return new VoiceResponse.Builder()
                .say(prompts.say(prompts.notAnOption()))
                .gather(menuGather(caller, incident, prompts, menu(caller, incident, prompts)))
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    private VoiceResponse.Builder firstPage(VoiceResponse.Builder twiml, Caller caller, HotlinePrompts prompts) {
        return caller.severalIncidents()
                ? choose(twiml, caller, prompts)
                : incident(twiml, caller, caller.incidents().getFirst(), prompts);
    }

    /** Up to nine incidents, oldest first; the key is the position. */
    private static VoiceResponse.Builder choose(VoiceResponse.Builder twiml, Caller caller, HotlinePrompts prompts) {
        List<CallerIncident> incidents = caller.incidents();
        StringBuilder menu = new StringBuilder(prompts.severalIncidents(incidents.size()));
        for (int i = 0; i < Math.min(9, incidents.size()); i++) {
            menu.append(' ').append(prompts.choose(incidents.get(i).spokenTitle(), i + 1));
        }
        Gather gather = new Gather.Builder()
                .numDigits(1)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "choose?person=" + caller.personId())
                .say(prompts.say(menu.toString()))
                .build();
        return twiml.gather(gather)
                .say(prompts.say(prompts.noChoice() + " " + prompts.goodbye()))
                .hangup(new Hangup.Builder().build());
    }

    /** The update, then the menu twice (no input the first time), then goodbye. */
    private VoiceResponse.Builder incident(
            VoiceResponse.Builder twiml, Caller caller, CallerIncident incident, HotlinePrompts prompts) {
        String update =
                incident.latestUpdate() == null || incident.latestUpdate().isBlank()
                        ? prompts.noUpdate()
                        : prompts.latestUpdate(incident.latestUpdate().strip());
        String heading = (incident.exercise() ? prompts.exercise() + " " : "") + incident.spokenTitle() + ".";
        String promptId = newPrompt();
        return twiml.say(prompts.say(heading + " " + update))
                .gather(menuGather(caller, incident, prompts, menu(caller, incident, prompts), promptId))
                .gather(menuGather(caller, incident, prompts, menu(caller, incident, prompts), promptId))
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build());
    }

    /** "3, at an alternate site" only for callers who were offered it (their site has an alternate site). */
    private String menu(Caller caller, CallerIncident incident, HotlinePrompts prompts) {
        String menu = incident.offersAlternateSite() ? prompts.menu() : prompts.menuWithoutAlternateSite();
        menu = menu + " " + ColleaguePrompts.of(prompts.code()).menu();
        if (incident.bridge()) {
            menu = menu + " " + Bridge.invitation(prompts.code());
        }
        if (offersScenarios()) {
            menu = menu + " " + ScenarioPrompts.of(prompts.code()).menu();
        }
        return caller.severalIncidents() ? menu + " " + prompts.otherIncident() : menu;
    }

    /** Whether {@code prompt} is a prompt id as {@link #newPrompt()} makes them. */
    static boolean isPrompt(String prompt) {
        return PROMPT.matcher(prompt).matches();
    }

    /**
     * A new id for a keypad prompt: the menus of one page share it (only one of them can be answered), every page
     * gets its own, so a key pressed at the next menu is a new answer while a replayed webhook is the same one.
     */
    private static String newPrompt() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static Gather menuGather(Caller caller, CallerIncident incident, HotlinePrompts prompts, String prompt) {
        return menuGather(caller, incident, prompts, prompt, newPrompt());
    }

    private static Gather menuGather(
            Caller caller, CallerIncident incident, HotlinePrompts prompts, String prompt, String promptId) {
        return new Gather.Builder()
                .numDigits(1)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "menu?person=" + caller.personId() + "&incident=" + incident.incidentId() + "&prompt="
                        + promptId)
                .say(prompts.say(prompt))
                .build();
    }
}
