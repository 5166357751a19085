package io.muster.simulator.voice;

import io.muster.simulator.twilio.PhoneNumbers;
import io.muster.simulator.twilio.TwilioDates;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * What Twilio does when a {@code <Record>} got speech: keeps the recording, posts RecordingUrl, RecordingSid and
 * RecordingDuration to the action, then posts the recording status callback ({@code recordingStatusCallback},
 * RecordingStatus=completed) as Twilio does once the media is available.
 */
final class RecordVerb {

    private static final Logger log = LoggerFactory.getLogger(RecordVerb.class);

    private final Recordings recordings;
    private final String apiBaseUrl;

    RecordVerb(Recordings recordings, String apiBaseUrl) {
        this.recordings = recordings;
        this.apiBaseUrl = apiBaseUrl;
    }

    TwimlPage recorded(CallSession call, TwimlPage page, Element verb, String words) {
        Recordings.Recording recording = recordings.add(call.accountSid(), call.sid(), words);
        String url = RecordingsResource.url(apiBaseUrl, call.accountSid(), recording.sid());
        call.did("recorded " + recording.sid() + ": " + words);
        TwimlPage next = TwimlInterpreter.post(
                call,
                page,
                verb,
                Map.of(
                        "RecordingUrl", url,
                        "RecordingSid", recording.sid(),
                        "RecordingDuration", String.valueOf(recording.seconds())));
        statusCallback(call, page, verb, recording, url);
        return next;
    }

    private void statusCallback(
            CallSession call, TwimlPage page, Element verb, Recordings.Recording recording, String url) {
        String callback = verb.getAttribute("recordingStatusCallback");
        String events = verb.getAttribute("recordingStatusCallbackEvent");
        if (callback.isBlank() || !(events.isBlank() || events.contains("completed"))) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", call.accountSid());
        params.put("CallSid", call.sid());
        params.put("RecordingSid", recording.sid());
        params.put("RecordingUrl", url);
        params.put("RecordingStatus", "completed");
        params.put("RecordingDuration", String.valueOf(recording.seconds()));
        params.put("RecordingChannels", "1");
        params.put("RecordingSource", "RecordVerb");
        params.put("RecordingStartTime", TwilioDates.format(recording.created()));
        try {
            call.notify(TwimlInterpreter.method(verb, "recordingStatusCallbackMethod"), page.resolve(callback), params);
        } catch (RuntimeException e) {
            log.debug("Recording status callback for {} failed: {}", PhoneNumbers.mask(call.phone()), e.toString());
        }
    }
}
