package io.muster.notifier.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.ledger.AttemptStatus;
import io.muster.notifier.ledger.DeliveryAttempt;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The notifier publishes exactly the shape of the golden samples. */
class OutcomeEventsContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void notificationSentRoundTripsToTheGoldenSample() {
        String golden = ContractSamples.json("NotificationSent", 1);

        String written = json.writeValueAsString(json.readValue(golden, NotificationSent.class));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }

    @Test
    void notificationFailedRoundTripsToTheGoldenSample() {
        String golden = ContractSamples.json("NotificationFailed", 1);

        String written = json.writeValueAsString(json.readValue(golden, NotificationFailed.class));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }

    @Test
    void theSameAttemptAlwaysGetsTheSameEventId() {
        var request = request();
        var attempt = new DeliveryAttempt(
                request.notificationId(),
                "SMS",
                2,
                AttemptStatus.SENT,
                false,
                "twilio-sms",
                "SM1",
                null,
                Instant.now(),
                Instant.now(),
                null);

        UUID first = NotificationSent.of(request, attempt).eventId();

        assertThat(NotificationSent.of(request, attempt).eventId()).isEqualTo(first);
        assertThat(first)
                .isEqualTo(UUID.nameUUIDFromBytes((request.notificationId() + ":SMS:2:NotificationSent").getBytes()));
        assertThat(NotificationFailed.of(request, attempt, "x").eventId()).isNotEqualTo(first);
    }

    @Test
    void unsupportedChannelFailsPermanentlyWithTheReason() {
        var failed = NotificationFailed.unsupported(request(), "VOICE", Instant.now());

        assertThat(failed.permanent()).isTrue();
        assertThat(failed.reason()).isEqualTo("channel VOICE not supported yet");
        assertThat(json.readTree(json.writeValueAsString(failed)).has("providerReference"))
                .isFalse();
    }

    private static DeliveryRequest request() {
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                false,
                false,
                "s",
                "b",
                null,
                List.of(),
                List.of(new ChannelAddress("VOICE", "+15550100001")));
    }
}
