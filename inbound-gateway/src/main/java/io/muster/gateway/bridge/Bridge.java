package io.muster.gateway.bridge;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The bridge as the alert call and the hotline offer it: whether a person was invited to an incident's bridge
 * (one of their requests in it carried {@code bridge: true}), the sentence that offers it, the key that takes it,
 * and the TwiML that connects them.
 */
@Service
public class Bridge {

    /** The key that joins the bridge, on an alert call's menu and on the hotline's. */
    public static final String KEY = "8";

    private final BridgeMembers members;
    private final BridgeTwiml twiml;

    Bridge(BridgeMembers members, BridgeTwiml twiml) {
        this.members = members;
        this.twiml = twiml;
    }

    public Mono<Boolean> offers(UUID incidentId, UUID personId) {
        return members.invited(incidentId, personId);
    }

    /** "To join the crisis bridge, press 8." in the person's language. */
    public static String invitation(@Nullable String locale) {
        return BridgePrompts.of(locale).press();
    }

    /** What connects the person to the incident's bridge, in their language. */
    public String join(UUID incidentId, UUID personId, @Nullable String locale) {
        BridgePrompts prompts = BridgePrompts.of(locale);
        return twiml.join(incidentId, personId, prompts.joining(), prompts);
    }
}
