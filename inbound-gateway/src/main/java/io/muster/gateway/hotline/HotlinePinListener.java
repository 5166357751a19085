package io.muster.gateway.hotline;

import io.muster.kafka.UnprocessableRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the hotline's PINs from the incident-service's compacted PIN topic, in a consumer group of its own. A
 * record that cannot be read, or lacks what a PIN needs, goes to the topic's DLT at once. The group's name moved to
 * "-v2" when the gateway began keeping each PIN's employee id: a new group reads the compacted topic once from the
 * start, so PINs stored before that learn their employee id (docs/operations.md, upgrades).
 */
@Component
class HotlinePinListener {

    private final HotlinePins pins;
    private final JsonMapper json;

    HotlinePinListener(HotlinePins pins, JsonMapper json) {
        this.pins = pins;
        this.json = json;
    }

    @KafkaListener(
            id = "hotline-pins",
            groupId = "inbound-gateway-hotline-pins-v2",
            topics = "${muster.topics.hotline-pins:muster.hotline-pin.v1}")
    void onPinChanged(ConsumerRecord<String, String> record) {
        // blocks the listener thread: the offset commits once stored (why not a Mono: kafka/package-info)
        pins.changed(decode(record.value())).block();
    }

    private HotlinePinChanged decode(String value) {
        try {
            HotlinePinChanged event = value == null ? null : json.readValue(value, HotlinePinChanged.class);
            if (event == null || !event.complete()) {
                throw new UnprocessableRecord("HotlinePinChanged without person, time, id or bcrypt hash");
            }
            return event;
        } catch (JacksonException e) {
            throw new UnprocessableRecord("Undecodable HotlinePinChanged: " + e.getOriginalMessage(), e);
        }
    }
}
