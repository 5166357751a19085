package io.muster.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NotificationRequestedContractTests {

    @Test
    void readsTheGoldenNotificationRequested() {
        var event = JsonMapper.builder()
                .build()
                .readValue(ContractSamples.json("NotificationRequested", 1), NotificationRequested.class);

        assertThat(event.notificationId()).isEqualTo(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
        assertThat(event.incidentId()).isEqualTo(UUID.fromString("6f1c2b3a-9d8e-4f7a-b6c5-d4e3f2a1b0c9"));
        assertThat(event.personId()).isEqualTo(UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"));
        assertThat(event.addressOf("SMS", "VOICE")).isEqualTo("+15550100001");
        assertThat(event.addressOf("EMAIL")).isEqualTo("ada.lovelace@demo.muster.local");
        assertThat(event.replyCode()).isEqualTo("47");
        assertThat(event.subject()).isEqualTo("Fire alarm at Riverside");
        assertThat(event.replyOptions())
                .containsExactly(
                        new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));
        assertThat(event.expiresAt()).isEqualTo(Instant.parse("2106-01-01T00:00:00Z"));
        assertThat(event.exercise()).isFalse();
        assertThat(event.purpose()).isEqualTo("ALERT");
        assertThat(event.alternateSite()).isEqualTo(new AlternateSite("Riverside", "Hilltop Depot", "12 Hill Road"));
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-21T09:15:02.123Z"));
    }
}
