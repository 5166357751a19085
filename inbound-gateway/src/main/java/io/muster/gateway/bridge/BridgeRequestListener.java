package io.muster.gateway.bridge;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps who was invited to which incident's bridge, from both notification request lanes, in a consumer group of
 * its own. A record it cannot read is skipped: the correlation index reads the same record and dead-letters it.
 */
@Component
class BridgeRequestListener {

    private static final Logger log = LoggerFactory.getLogger(BridgeRequestListener.class);

    private final BridgeMembers members;
    private final JsonMapper json;

    BridgeRequestListener(BridgeMembers members, JsonMapper json) {
        this.members = members;
        this.json = json;
    }

    @KafkaListener(
            id = "bridge-members",
            groupId = "inbound-gateway-bridge",
            topics = "${muster.topics.notification-requests:muster.notification-request.v1}")
    void onNotificationRequested(ConsumerRecord<String, String> record) {
        index(record);
    }

    @KafkaListener(
            id = "bridge-members-priority",
            groupId = "inbound-gateway-bridge",
            topics = "${muster.topics.priority-notification-requests:muster.notification-request.priority.v1}")
    void onPriorityNotificationRequested(ConsumerRecord<String, String> record) {
        index(record);
    }

    private void index(ConsumerRecord<String, String> record) {
        InvitedMember member = decode(record);
        if (member != null && member.invited()) {
            // blocks the listener thread: the offset commits once the row is stored (kafka/package-info)
            members.save(member).block();
        }
    }

    private @Nullable InvitedMember decode(ConsumerRecord<String, String> record) {
        try {
            return record.value() == null ? null : json.readValue(record.value(), InvitedMember.class);
        } catch (JacksonException e) {
            log.debug("Skipped unreadable request at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return null;
        }
    }
}
