package io.muster.incident.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.incident.accountability.Answer;
import io.muster.incident.accountability.Source;
import io.muster.incident.accountability.State;
import io.muster.kafka.UnprocessableRecord;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Our tolerant records read the golden samples of the events we consume. */
class ConsumedEventContractTests {

    private static final UUID NOTIFICATION = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID PERSON = UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");

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
        var reply = (ReplyReceived) events.decode(ContractSamples.json("ReplyReceived", 1), true);
        Answer answer = reply.toAnswer(PERSON);
        assertThat(answer.notificationId()).isEqualTo(NOTIFICATION);
        assertThat(answer.state()).isEqualTo(State.SAFE);
        assertThat(answer.channel()).isEqualTo("SMS");
        assertThat(answer.source()).isEqualTo(Source.PERSON);
        assertThat(answer.rawAnswer()).isEqualTo("1");
        assertThat(answer.late()).isFalse();
        assertThat(answer.answeredAt()).isEqualTo(Instant.parse("2026-11-21T09:16:40.500Z"));
    }

    @Test
    void readsAHotlineAnswerAsComingFromTheHotline() {
        String hotline = ContractSamples.json("ReplyReceived", 1)
                .replace("\"channel\": \"SMS\"", "\"channel\": \"HOTLINE\"")
                .replace("\"answer\": \"SAFE\"", "\"answer\": \"AT_ALTERNATE_SITE\"");
        Answer answer = ((ReplyReceived) events.decode(hotline, true)).toAnswer(PERSON);
        assertThat(answer.source()).isEqualTo(Source.HOTLINE);
        assertThat(answer.state()).isEqualTo(State.AT_ALTERNATE_SITE);
    }

    @Test
    void anUnknownAnswerCannotBeDelivered() {
        String unknown =
                ContractSamples.json("ReplyReceived", 1).replace("\"answer\": \"SAFE\"", "\"answer\": \"MAYBE\"");
        assertThatThrownBy(() -> ((ReplyReceived) events.decode(unknown, true)).toAnswer(PERSON))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("MAYBE");
    }

    @Test
    void readsContactOptOutChanged() {
        var change = (ContactOptOutChanged) events.decode(ContractSamples.json("ContactOptOutChanged", 1), true);
        assertThat(change.personIds()).containsExactly(PERSON);
        assertThat(change.optedOut()).isTrue();
        assertThat(change.keyword()).isEqualTo("STOP");
        assertThat(change.kind()).isEqualTo("PHONE");
    }

    @Test
    void handsOtherTypesOverOnTheRepliesTopicButNotOnTheDeliveriesTopic() {
        assertThat(events.decode(ContractSamples.json("HotlineMessageRecorded", 1), true))
                .isInstanceOfSatisfying(
                        OtherEvent.class, other -> assertThat(other.type()).isEqualTo("HotlineMessageRecorded"));
        assertThat(events.decode("{\"type\":\"Teleported\"}", true))
                .isInstanceOfSatisfying(
                        OtherEvent.class, other -> assertThat(other.type()).isEqualTo("Teleported"));
        assertThatThrownBy(() -> events.decode("{\"type\":\"Teleported\"}"))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("Unknown event type");
        assertThatThrownBy(() -> events.decode("not json", true)).isInstanceOf(UnprocessableRecord.class);
    }

    @Test
    void anEventWithoutItsNotificationIdCannotBeDelivered() {
        String withoutId = ContractSamples.json("NotificationSent", 1).replace("\"notificationId\"", "\"other\"");
        assertThatThrownBy(() -> ((DeliveryEvent) events.decode(withoutId)).toRecipientEvent())
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("notificationId");
    }

    private RecipientEvent read(String type) {
        RecipientEvent event = ((DeliveryEvent) events.decode(ContractSamples.json(type, 1))).toRecipientEvent();
        assertThat(event.notificationId()).isEqualTo(NOTIFICATION);
        return event;
    }
}
