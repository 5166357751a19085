package io.muster.gateway.bridge;

import io.muster.kafka.UnprocessableRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rings members into a bridge at the incident-service's request (BridgeCallRequested), in a consumer group of its
 * own. A record that cannot be read, or lacks the request, incident or person, goes to the topic's DLT at once; a
 * database outage is waited out by the shared error handler (the call is placed once per request all the same).
 */
@Component
class BridgeCallListener {

    private final RequestedBridgeCalls calls;
    private final JsonMapper json;

    BridgeCallListener(RequestedBridgeCalls calls, JsonMapper json) {
        this.calls = calls;
        this.json = json;
    }

    @KafkaListener(
            id = "bridge-calls",
            groupId = "inbound-gateway-bridge-calls",
            topics = "${muster.topics.bridge-calls:muster.bridge-call.v1}")
    void onBridgeCallRequested(ConsumerRecord<String, String> record) {
        // blocks the listener thread: the offset commits once the call is placed or its failure published
        calls.ring(decode(record.value())).block();
    }

    private BridgeCallRequested decode(String value) {
        try {
            BridgeCallRequested request = value == null ? null : json.readValue(value, BridgeCallRequested.class);
            if (request == null || !request.complete()) {
                throw new UnprocessableRecord("BridgeCallRequested without type, eventId, incidentId or personId");
            }
            return request;
        } catch (JacksonException e) {
            throw new UnprocessableRecord("Undecodable BridgeCallRequested: " + e.getOriginalMessage(), e);
        }
    }
}
