package io.muster.gateway.hotline;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Say;
import io.muster.gateway.GatewayProperties;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The hotline's TwiML: identification, the choice of incident, the update and its keypad menu, recording.
 * Every action URL names the step (and the person and incident once known); Twilio signs it with the request.
 */
@Component
class HotlineScripts {

    static final String BASE = "/webhooks/twilio/hotline/";
    private static final int INPUT_TIMEOUT_SECONDS = 10;

    private final HotlineProperties properties;
    private final GatewayProperties gateway;

    HotlineScripts(HotlineProperties properties, GatewayProperties gateway) {
        this.properties = properties;
        this.gateway = gateway;
    }

    /** The first answer to a caller we identified by number. */
    String welcome(Caller caller) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder().say(say(HotlinePrompts.WELCOME));
        return (caller.severalIncidents()
                        ? choose(twiml, caller)
                        : incident(twiml, caller, caller.incidents().getFirst()))
                .build()
                .toXml();
    }

    String askEmployeeId(int attempt, String... before) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder();
        for (String text : before) {
            twiml.say(say(text));
        }
        Gather gather = new Gather.Builder()
                .numDigits(properties.employeeIdMaxDigits())
                .finishOnKey("#")
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "identify?attempt=" + attempt)
                .say(say(attempt == 1 ? HotlinePrompts.ASK_EMPLOYEE_ID : HotlinePrompts.TRY_AGAIN))
                .build();
        return twiml.gather(gather).say(say(HotlinePrompts.NO_CHOICE)).build().toXml();
    }

    /** After identification by employee id: like a welcome, without the greeting again. */
    String identified(Caller caller) {
        return page(
                caller, caller.severalIncidents() ? null : caller.incidents().getFirst());
    }

    /** The incident's update and menu, or the choice of incident when {@code incident} is null. */
    String page(Caller caller, @Nullable CallerIncident incident) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder();
        return (incident == null ? choose(twiml, caller) : incident(twiml, caller, incident))
                .build()
                .toXml();
    }

    String stateRecorded(Caller caller, CallerIncident incident, String answer) {
        Gather next = menuGather(caller, incident, HotlinePrompts.AFTER_STATE);
        return new VoiceResponse.Builder()
                .say(say(HotlinePrompts.RECORDED_STATE.formatted(HotlinePrompts.state(answer))))
                .gather(next)
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

    /** Records a message for the incident's team; unidentified callers' messages have neither person nor incident. */
    String record(@Nullable UUID personId, @Nullable UUID incidentId, String prompt) {
        String query = personId == null || incidentId == null ? "" : "?person=" + personId + "&incident=" + incidentId;
        Record record = new Record.Builder()
                .maxLength(properties.maxRecordingSeconds())
                .finishOnKey("#")
                .playBeep(true)
                .action(BASE + "recorded")
                .recordingStatusCallback(
                        gateway.externalUrl(BASE + "recording-status", query.isEmpty() ? null : query.substring(1)))
                .recordingStatusCallbackEvents(List.of(Record.RecordingEvent.COMPLETED))
                .build();
        return new VoiceResponse.Builder()
                .say(say(prompt))
                .record(record)
                .say(say(HotlinePrompts.NO_MESSAGE + " " + HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    String unidentified(String... before) {
        return record(
                null,
                null,
                String.join(" ", List.of(before)) + (before.length == 0 ? "" : " ") + HotlinePrompts.UNIDENTIFIED);
    }

    String goodbye(String text) {
        return new VoiceResponse.Builder()
                .say(say(text + " " + HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    private VoiceResponse.Builder choose(VoiceResponse.Builder twiml, Caller caller) {
        StringBuilder menu = new StringBuilder(
                HotlinePrompts.SEVERAL_INCIDENTS.formatted(caller.incidents().size()));
        List<CallerIncident> incidents = caller.incidents();
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

    private VoiceResponse.Builder incident(VoiceResponse.Builder twiml, Caller caller, CallerIncident incident) {
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

    private static Say say(String text) {
        return new Say.Builder(text).language(Say.Language.EN_US).build();
    }
}
