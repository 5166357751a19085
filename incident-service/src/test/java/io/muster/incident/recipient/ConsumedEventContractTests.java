package io.muster.incident.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.incident.kafka.UndeliverableRecord;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Our tolerant records read the golden samples of the events we consume. */
class ConsumedEventContractTests {

    private static final UUID NOTIFICATION = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

    private final ConsumedEvents events =
            new ConsumedEvents(JsonMapper.builder().build());

    @Test
    void readsNotificationSent() {
        RecipientEvent sent = read("NotificationSent");
        assertThat(sent.kind()).isEqualTo(RecipientEvent.Kind.SENT);
        assertThat(sent.eventId()).isEqualTo(UUID.fromString("3d2c1b0a-9f8e-4d7c-a6b5-c4d3e2f1a0b9"));
        assertThat(sent.occurredAt()).isEqualTo(Instant.parse("2026-11-21T09:15:02.301Z"));
        assertThat(sent.detail()).isEqualTo("twilio-sms SM0123456789abcdef0123456789abcdef attempt 1");
    }

    @Test
    void readsNotificationDelivered() {
        RecipientEvent delivered = read("NotificationDelivered");
        assertThat(delivered.kind()).isEqualTo(RecipientEvent.Kind.DELIVERED);
        assertThat(delivered.channel()).isEqualTo("SMS");
    }

    @Test
    void readsNotificationFailed() {
        RecipientEvent failed = read("NotificationFailed");
        assertThat(failed.kind()).isEqualTo(RecipientEvent.Kind.FAILED);
        assertThat(failed.detail()).isEqualTo("undelivered (30003: unreachable destination handset) (permanent)");
    }

    @Test
    void readsReplyReceived() {
        RecipientEvent reply = read("ReplyReceived");
        assertThat(reply.kind()).isEqualTo(RecipientEvent.Kind.ANSWERED);
        assertThat(reply.answer()).isEqualTo("SAFE");
        assertThat(reply.occurredAt()).isEqualTo(Instant.parse("2026-11-21T09:16:40.500Z"));
    }

    @Test
    void anEventWithoutItsNotificationIdCannotBeDelivered() {
        String withoutId = ContractSamples.json("NotificationSent", 1).replace("\"notificationId\"", "\"other\"");
        assertThatThrownBy(() -> events.decode(withoutId).toRecipientEvent())
                .isInstanceOf(UndeliverableRecord.class)
                .hasMessageContaining("notificationId");
    }

    private RecipientEvent read(String type) {
        RecipientEvent event = events.decode(ContractSamples.json(type, 1)).toRecipientEvent();
        assertThat(event.notificationId()).isEqualTo(NOTIFICATION);
        return event;
    }
}
