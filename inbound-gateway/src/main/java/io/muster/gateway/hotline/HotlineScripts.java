package io.muster.gateway.hotline;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import io.muster.gateway.GatewayProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The hotline's TwiML around the incident menus: asking for an employee id, recording a message, goodbyes.
 * Every action URL names the step (and the person and incident once known, and the language); Twilio signs it
 * with the request.
 */
@Component
class HotlineScripts {

    static final String BASE = "/webhooks/twilio/hotline/";
    static final int INPUT_TIMEOUT_SECONDS = 10;
    /** The key an unidentified caller presses (in place of an employee id) to hear the other language. */
    static final String OTHER_LANGUAGE_KEY = "*";

    private final HotlineProperties properties;
    private final GatewayProperties gateway;

    HotlineScripts(HotlineProperties properties, GatewayProperties gateway) {
        this.properties = properties;
        this.gateway = gateway;
    }

    /**
     * Asks for the employee id; no keys at all go on (as the last try, without digits) to leaving a message. The
     * first ask also offers the other language (star), said in that language.
     */
    String askEmployeeId(HotlinePrompts prompts, int attempt, boolean offerOtherLanguage, String... before) {
        VoiceResponse.Builder twiml = new VoiceResponse.Builder();
        for (String text : before) {
            twiml.say(prompts.say(text));
        }
        Gather.Builder gather = new Gather.Builder()
                .numDigits(properties.employeeIdMaxDigits())
                .finishOnKey("#")
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(BASE + "identify?attempt=" + attempt + "&lang=" + prompts.code())
                .say(prompts.say(attempt == 1 ? prompts.askEmployeeId() : prompts.tryAgain()));
        if (offerOtherLanguage) {
            gather.say(prompts.other().say(prompts.other().offer()));
        }
        return twiml.gather(gather.build())
                .redirect(new Redirect.Builder(
                                BASE + "identify?attempt=" + properties.identifyAttempts() + "&lang=" + prompts.code())
                        .build())
                .build()
                .toXml();
    }

    /**
     * Asks a caller who typed an employee id for the proof that they are that person (their PIN, or the reply code
     * of their alert when that is accepted); no keys at all go on, as the last try, to an unverified message.
     */
    String askPin(HotlinePrompts prompts, int attempt) {
        String action = BASE + "verify?attempt=" + attempt + "&lang=" + prompts.code();
        Gather gather = new Gather.Builder()
                .numDigits(properties.verification().pinMaxDigits())
                .finishOnKey("#")
                .timeout(INPUT_TIMEOUT_SECONDS)
                .action(action)
                .say(prompts.say(
                        properties.verification().acceptReplyCode() ? prompts.askPinOrCode() : prompts.askPin()))
                .build();
        return new VoiceResponse.Builder()
                .gather(gather)
                .redirect(new Redirect.Builder(
                                BASE + "verify?attempt=" + properties.identifyAttempts() + "&lang=" + prompts.code())
                        .build())
                .build()
                .toXml();
    }

    /** Records a message of a caller we identified (person and incident), for the incident's log. */
    String record(HotlinePrompts prompts, UUID personId, UUID incidentId, String prompt) {
        return record(prompts, "person=" + personId + "&incident=" + incidentId, prompt);
    }

    /**
     * Records a message of a caller we could not identify, which stays in the gateway for operators; when they
     * claimed to be someone ({@code claimed}) and could not prove it, the message is flagged as theirs, unverified.
     */
    String recordUnverified(HotlinePrompts prompts, @Nullable UUID claimed, String prompt) {
        return record(prompts, claimed == null ? null : "claimed=" + claimed, prompt);
    }

    private String record(HotlinePrompts prompts, @Nullable String query, String prompt) {
        return record(prompts, "recorded", "recording-status", query, prompt);
    }

    /** A recording whose action and status callback are the hotline steps {@code action} and {@code status}. */
    String record(HotlinePrompts prompts, String action, String status, @Nullable String query, String prompt) {
        Record record = new Record.Builder()
                .maxLength(properties.maxRecordingSeconds())
                .finishOnKey("#")
                .playBeep(true)
                .action(BASE + action + "?lang=" + prompts.code())
                .recordingStatusCallback(gateway.externalUrl(BASE + status, query))
                .recordingStatusCallbackEvents(List.of(Record.RecordingEvent.COMPLETED))
                .build();
        return new VoiceResponse.Builder()
                .say(prompts.say(prompt))
                .record(record)
                .say(prompts.say(prompts.noMessage() + " " + prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }

    String unidentified(HotlinePrompts prompts, @Nullable UUID claimed, String... before) {
        List<String> prompt = new ArrayList<>(List.of(before));
        prompt.add(prompts.unidentified());
        return recordUnverified(prompts, claimed, String.join(" ", prompt));
    }

    String goodbye(HotlinePrompts prompts, String text) {
        return new VoiceResponse.Builder()
                .say(prompts.say(text + " " + prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build()
                .toXml();
    }
}
