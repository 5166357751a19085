package io.muster.gateway.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class HotlineContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesExactlyTheGoldenHotlineMessageRecorded() {
        String golden = ContractSamples.json("HotlineMessageRecorded", 1);

        String written = json.writeValueAsString(json.readValue(golden, HotlineMessageRecorded.class));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }

    @Test
    void buildsTheEventFromARecordingAndTheCallersRequest() {
        var golden = json.readTree(ContractSamples.json("HotlineMessageRecorded", 1));
        var incident = new CallerIncident(
                UUID.fromString(golden.get("personId").asString()),
                UUID.fromString(golden.get("incidentId").asString()),
                UUID.randomUUID(),
                false,
                "Fire",
                null,
                null,
                java.time.Instant.now(),
                null,
                true);
        var message = new RecordedMessage(
                golden.get("providerReference").asString(),
                golden.get("recordingSid").asString(),
                golden.get("recordingUrl").asString(),
                "completed",
                12,
                golden.get("callerNumber").asString(),
                incident.personId(),
                incident.incidentId(),
                null);

        var event = HotlineMessageRecorded.of(message, incident, java.time.Instant.parse("2026-11-21T09:20:00Z"));

        ObjectNode expected = (ObjectNode) golden;
        expected.put("eventId", event.eventId().toString());
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(expected);
        assertThat(HotlineMessageRecorded.of(message, incident, java.time.Instant.now())
                        .eventId())
                .isEqualTo(event.eventId());
    }

    @Test
    void anUnverifiedCallersMessageNamesNobodyAndFlagsTheClaim() {
        var golden = json.readTree(ContractSamples.json("HotlineMessageRecorded", 1));
        UUID claimed = UUID.randomUUID();
        var incident = new CallerIncident(
                claimed,
                UUID.fromString(golden.get("incidentId").asString()),
                UUID.randomUUID(),
                false,
                "Fire",
                null,
                null,
                java.time.Instant.now(),
                null,
                true);
        var message = new RecordedMessage(
                golden.get("providerReference").asString(),
                golden.get("recordingSid").asString(),
                golden.get("recordingUrl").asString(),
                "completed",
                12,
                golden.get("callerNumber").asString(),
                null,
                null,
                claimed);

        var written = json.readTree(
                json.writeValueAsString(HotlineMessageRecorded.unverified(message, incident, java.time.Instant.now())));

        assertThat(written.get("personId").isNull()).isTrue();
        assertThat(written.get("claimedPersonId").asString()).isEqualTo(claimed.toString());
        assertThat(written.get("verified").asBoolean()).isFalse();
        assertThat(written.get("incidentId").asString())
                .isEqualTo(golden.get("incidentId").asString());
    }

    @Test
    void readsTheGoldenHotlinePinChanged() {
        HotlinePinChanged pin = json.readValue(ContractSamples.json("HotlinePinChanged", 1), HotlinePinChanged.class);

        assertThat(pin.complete()).isTrue();
        assertThat(pin.personId()).isEqualTo(UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"));
        assertThat(
                        org.springframework.security.crypto.factory.PasswordEncoderFactories
                                .createDelegatingPasswordEncoder()
                                .matches("482913", pin.pinHash()))
                .isTrue();
    }

    @Test
    void readsTheGoldenNotificationRequestedWithAndWithoutAnEmployeeId() {
        String golden = ContractSamples.json("NotificationRequested", 1);
        ObjectNode withoutId = (ObjectNode) json.readTree(golden);
        withoutId.remove("employeeId");
        ObjectNode withId = (ObjectNode) json.readTree(golden);
        withId.put("employeeId", "E-1042");

        RequestedNotification golden1 = json.readValue(golden, RequestedNotification.class);
        RequestedNotification without = json.readValue(json.writeValueAsString(withoutId), RequestedNotification.class);
        RequestedNotification with = json.readValue(json.writeValueAsString(withId), RequestedNotification.class);

        assertThat(golden1.employeeDigits()).isEqualTo("1042");
        assertThat(without.identifiable()).isTrue();
        assertThat(without.phone()).isEqualTo("+15550100001");
        assertThat(without.employeeDigits()).isNull();
        assertThat(with.employeeId()).isEqualTo("E-1042");
        assertThat(with.employeeDigits()).isEqualTo("1042");
    }
}
