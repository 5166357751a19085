package io.muster.gateway.hotline;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import io.muster.gateway.GatewayProperties;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The hotline's TwiML around the incident menus: asking for an employee id, recording a message, goodbyes.
 * Every action URL names the step (and the person and incident once known); Twilio signs it with the request.
 */
@Component
class HotlineScripts {

    static final String BASE = "/webhooks/twilio/hotline/";
    static final int INPUT_TIMEOUT_SECONDS = 10;

    private final HotlineProperties properties;
    private final GatewayProperties gateway;

    HotlineScripts(HotlineProperties properties, GatewayProperties gateway) {
        this.properties = properties;
        this.gateway = gateway;
    }

    /** Asks for the employee id; no keys at all go on (as the last try, without digits) to leaving a message. */
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
        return twiml.gather(gather)
                .redirect(new Redirect.Builder(BASE + "identify?attempt=" + properties.identifyAttempts()).build())
                .build()
                .toXml();
    }

    /** Records a message; an unidentified caller's (no person, no incident) stays in the gateway. */
    String record(@Nullable UUID personId, @Nullable UUID incidentId, String prompt) {
        String query = personId == null || incidentId == null ? null : "person=" + personId + "&incident=" + incidentId;
        Record record = new Record.Builder()
                .maxLength(properties.maxRecordingSeconds())
                .finishOnKey("#")
                .playBeep(true)
                .action(BASE + "recorded")
                .recordingStatusCallback(gateway.externalUrl(BASE + "recording-status", query))
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
        List<String> prompt = new java.util.ArrayList<>(List.of(before));
        prompt.add(HotlinePrompts.UNIDENTIFIED);
        return record(null, null, String.join(" ", prompt));
    }

    String goodbye(String text) {
        return new VoiceResponse.Builder()
                .say(say(text + " " + HotlinePrompts.GOODBYE))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    static Say say(String text) {
        return new Say.Builder(text).language(Say.Language.EN_US).build();
    }
}
