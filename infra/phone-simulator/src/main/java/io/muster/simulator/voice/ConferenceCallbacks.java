package io.muster.simulator.voice;

import io.muster.simulator.twilio.PhoneNumbers;
import io.muster.simulator.twilio.TwilioDates;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code <Conference>}'s status callbacks as Twilio sends them: signed, to {@code statusCallback} (resolved
 * against the TwiML's URL), only for the events {@code statusCallbackEvent} names ({@code start end join leave};
 * Twilio's default is {@code start end}), with AccountSid, ConferenceSid, FriendlyName, StatusCallbackEvent,
 * SequenceNumber, Timestamp and, for a participant's event, its CallSid.
 */
record ConferenceCallbacks(String url, String method, List<String> events) {

    private static final Logger log = LoggerFactory.getLogger(ConferenceCallbacks.class);

    static ConferenceCallbacks none() {
        return new ConferenceCallbacks(null, "POST", List.of());
    }

    void send(CallSession call, Conferences.Room room, String event, boolean participant) {
        if (url == null || !events.contains(event.substring(event.indexOf('-') + 1))) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", call.accountSid());
        params.put("ConferenceSid", room.sid());
        params.put("FriendlyName", room.name());
        params.put("StatusCallbackEvent", event);
        params.put("SequenceNumber", String.valueOf(room.nextSequence()));
        params.put("Timestamp", TwilioDates.format(Instant.now()));
        if (participant) {
            params.put("CallSid", call.sid());
            params.put("Muted", "false");
            params.put("Hold", "false");
            params.put("Coaching", "false");
            params.put("StartConferenceOnEnter", "true");
            params.put("EndConferenceOnExit", "false");
        }
        try {
            call.notify(method, url, params);
        } catch (RuntimeException e) {
            log.debug("Conference callback for {} failed: {}", PhoneNumbers.mask(call.phone()), e.toString());
        }
    }
}
