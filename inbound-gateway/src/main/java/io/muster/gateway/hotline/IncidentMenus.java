package io.muster.gateway.hotline;

import static io.muster.gateway.hotline.HotlineScripts.BASE;
import static io.muster.gateway.hotline.HotlineScripts.INPUT_TIMEOUT_SECONDS;
import static io.muster.gateway.hotline.HotlineScripts.say;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The TwiML of an identified caller: the choice of incident, an incident's update and its keypad menu. */
@Component
class IncidentMenus {

    /** The first answer to a caller we identified by number. */
    String welcome(Caller caller) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder().say(say(HotlinePrompts.WELCOME));
        return firstPage(twiml, caller).build().toXml();
    }

    /** After identification by employee id: like a welcome, without the greeting again. */
    String identified(Caller caller) {
        return firstPage(new VoiceResponse.Builder(), caller).build().toXml();
    }

    /** The incident's update and menu, or the choice of incident when {@code incident} is null. */
    String page(Caller caller, @Nullable CallerIncident incident) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder();
        return (incident == null ? choose(twiml, caller) : incident(twiml, caller, incident))
                .build()
                .toXml();
    }

    String stateRecorded(Caller caller, CallerIncident incident, String answer) {
        return new VoiceResponse.Builder()
                .say(say(HotlinePrompts.RECORDED_STATE.formatted(HotlinePrompts.state(answer))))
                .gather(menuGather(caller, incident, HotlinePrompts.AFTER_STATE))
                .say(say(HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    String notAnOption(Caller caller, CallerIncident incident) {
        return new VoiceResponse.Builder()
                .say(say(HotlinePrompts.NOT_AN_OPTION))
                .gather(menuGather(caller, incident, menu(caller)))
                .say(say(HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    private VoiceResponse.Builder firstPage(VoiceResponse.Builder twiml, Caller caller) {
        return caller.severalIncidents()
                ? choose(twiml, caller)
                : incident(twiml, caller, caller.incidents().getFirst());
    }

    /** Up to nine incidents, oldest first; the key is the position. */
    private static VoiceResponse.Builder choose(VoiceResponse.Builder twiml, Caller caller) {
        List<CallerIncident> incidents = caller.incidents();
        StringBuilder menu = new StringBuilder(HotlinePrompts.SEVERAL_INCIDENTS.formatted(incidents.size()));
        for (int i = 0; i < Math.min(9, incidents.size()); i++) {
            menu.append(' ')
                    .append(HotlinePrompts.CHOOSE.formatted(incidents.get(i).spokenTitle(), i + 1));
        }
        Gather gather = new Gather.Builder()
                .numDigits(1)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "choose?person=" + caller.personId())
                .say(say(menu.toString()))
                .build();
        return twiml.gather(gather)
                .say(say(HotlinePrompts.NO_CHOICE + " " + HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build());
    }

    /** The update, then the menu twice (no input the first time), then goodbye. */
    private static VoiceResponse.Builder incident(VoiceResponse.Builder twiml, Caller caller, CallerIncident incident) {
        String update = incident.latestUpdate() == null
                        || incident.latestUpdate().isBlank()
                ? HotlinePrompts.NO_UPDATE
                : HotlinePrompts.LATEST_UPDATE.formatted(incident.latestUpdate().strip());
        String heading = (incident.exercise() ? HotlinePrompts.EXERCISE + " " : "") + incident.spokenTitle() + ".";
        return twiml.say(say(heading + " " + update))
                .gather(menuGather(caller, incident, menu(caller)))
                .gather(menuGather(caller, incident, menu(caller)))
                .say(say(HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build());
    }

    private static String menu(Caller caller) {
        return caller.severalIncidents()
                ? HotlinePrompts.MENU + " " + HotlinePrompts.OTHER_INCIDENT
                : HotlinePrompts.MENU;
    }

    private static Gather menuGather(Caller caller, CallerIncident incident, String prompt) {
        return new Gather.Builder()
                .numDigits(1)
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "menu?person=" + caller.personId() + "&incident=" + incident.incidentId())
                .say(say(prompt))
                .build();
    }
}
