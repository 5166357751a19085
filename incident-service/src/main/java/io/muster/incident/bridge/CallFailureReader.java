package io.muster.incident.bridge;

import io.muster.incident.recipient.RepliesTopicReader;
import org.springframework.stereotype.Component;

/** Reads BridgeCallFailed off the replies topic (handed over by the replies listener). */
@Component
class CallFailureReader implements RepliesTopicReader<BridgeCallFailed> {

    private final BridgeRingIns ringIns;

    CallFailureReader(BridgeRingIns ringIns) {
        this.ringIns = ringIns;
    }

    @Override
    public String type() {
        return "BridgeCallFailed";
    }

    @Override
    public Class<BridgeCallFailed> eventClass() {
        return BridgeCallFailed.class;
    }

    @Override
    public void handle(BridgeCallFailed event) {
        ringIns.failed(event);
    }
}
