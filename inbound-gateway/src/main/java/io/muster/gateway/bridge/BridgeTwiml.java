package io.muster.gateway.bridge;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Conference;
import com.twilio.twiml.voice.Dial;
import io.muster.gateway.GatewayProperties;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The TwiML that puts a person on an incident's bridge: a few words, then {@code <Dial><Conference>} with the
 * bridge's name, reporting join and leave to {@code /webhooks/twilio/bridge/status} with the incident and the
 * person in the (signed) URL. Nobody's leaving ends the bridge.
 */
@Component
class BridgeTwiml {

    static final String STATUS_PATH = "/webhooks/twilio/bridge/status";

    private final BridgeNames names;
    private final GatewayProperties gateway;

    BridgeTwiml(BridgeNames names, GatewayProperties gateway) {
        this.names = names;
        this.gateway = gateway;
    }

    String join(UUID incidentId, UUID personId, String words, BridgePrompts prompts) {
        Conference conference = new Conference.Builder(names.of(incidentId))
                .startConferenceOnEnter(true)
                .endConferenceOnExit(false)
                .statusCallback(gateway.externalUrl(STATUS_PATH, "incident=" + incidentId + "&person=" + personId))
                .statusCallbackMethod(HttpMethod.POST)
                .statusCallbackEvents(List.of(Conference.Event.JOIN, Conference.Event.LEAVE))
                .build();
        return new VoiceResponse.Builder()
                .say(prompts.say(words))
                .dial(new Dial.Builder().conference(conference).build())
                .build()
                .toXml();
    }
}
