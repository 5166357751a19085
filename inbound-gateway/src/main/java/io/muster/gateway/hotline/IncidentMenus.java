package io.muster.gateway.hotline;

import static io.muster.gateway.hotline.HotlineScripts.BASE;
import static io.muster.gateway.hotline.HotlineScripts.INPUT_TIMEOUT_SECONDS;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The TwiML of an identified caller, in their language: the choice of incident, an incident's update and its
 * keypad menu. Titles and updates are read as written (in the language they were written in).
 */
@Component
class IncidentMenus {

    private final HotlineProperties properties;

    IncidentMenus(HotlineProperties properties) {
        this.properties = properties;
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
                .say(prompts.say(prompts.recordedState().formatted(prompts.state(answer))))
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

    private static VoiceResponse.Builder firstPage(VoiceResponse.Builder twiml, Caller caller, HotlinePrompts prompts) {
        return caller.severalIncidents()
                ? choose(twiml, caller, prompts)
                : incident(twiml, caller, caller.incidents().getFirst(), prompts);
    }

    /** Up to nine incidents, oldest first; the key is the position. */
    private static VoiceResponse.Builder choose(VoiceResponse.Builder twiml, Caller caller, HotlinePrompts prompts) {
        List<CallerIncident> incidents = caller.incidents();
        StringBuilder menu = new StringBuilder(prompts.severalIncidents().formatted(incidents.size()));
        for (int i = 0; i < Math.min(9, incidents.size()); i++) {
            menu.append(' ').append(prompts.choose().formatted(incidents.get(i).spokenTitle(), i + 1));
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
    private static VoiceResponse.Builder incident(
            VoiceResponse.Builder twiml, Caller caller, CallerIncident incident, HotlinePrompts prompts) {
        String update = incident.latestUpdate() == null
                        || incident.latestUpdate().isBlank()
                ? prompts.noUpdate()
                : prompts.latestUpdate().formatted(incident.latestUpdate().strip());
        String heading = (incident.exercise() ? prompts.exercise() + " " : "") + incident.spokenTitle() + ".";
        return twiml.say(prompts.say(heading + " " + update))
                .gather(menuGather(caller, incident, prompts, menu(caller, incident, prompts)))
                .gather(menuGather(caller, incident, prompts, menu(caller, incident, prompts)))
                .say(prompts.say(prompts.goodbye()))
                .hangup(new Hangup.Builder().build());
    }

    /** "3, at an alternate site" only for callers who were offered it (their site has an alternate site). */
    private static String menu(Caller caller, CallerIncident incident, HotlinePrompts prompts) {
        String menu = incident.offersAlternateSite() ? prompts.menu() : prompts.menuWithoutAlternateSite();
        return caller.severalIncidents() ? menu + " " + prompts.otherIncident() : menu;
    }

    private static Gather menuGather(Caller caller, CallerIncident incident, HotlinePrompts prompts, String prompt) {
        return new Gather.Builder()
                .numDigits(1)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "menu?person=" + caller.personId() + "&incident=" + incident.incidentId())
                .say(prompts.say(prompt))
                .build();
    }
}
