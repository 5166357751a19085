package io.muster.notifier.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.kafka.UnprocessableRecord;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.DeliveryRequest.ReplyOption;
import jakarta.validation.Validation;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Consumer side of the NotificationRequested contract, and what makes a record unusable. */
class NotificationRequestReaderTests {

    private final NotificationRequestReader reader = new NotificationRequestReader(
            JsonMapper.builder().build(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void readsTheGoldenSample() {
        DeliveryRequest request = reader.read(ContractSamples.json("NotificationRequested", 1));

        assertThat(request.notificationId()).isEqualTo(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
        assertThat(request.personId()).isEqualTo(UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"));
        assertThat(request.incidentId()).isEqualTo(UUID.fromString("6f1c2b3a-9d8e-4f7a-b6c5-d4e3f2a1b0c9"));
        assertThat(request.lifeSafety()).isTrue();
        assertThat(request.exercise()).isFalse();
        assertThat(request.replyCode()).isEqualTo("47");
        assertThat(request.replyOptions())
                .containsExactly(
                        new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));
        assertThat(request.channels())
                .containsExactly(
                        new ChannelAddress("SMS", "+15550100001"),
                        new ChannelAddress("EMAIL", "ada.lovelace@demo.muster.local"));
        assertThat(request.purpose()).isEqualTo("ALERT");
        assertThat(request.alternateSite())
                .isEqualTo(new DeliveryRequest.AlternateSite("Riverside", "Hilltop Depot", "12 Hill Road"));
    }

    @Test
    void readsARequestWithoutPurposeOrAlternateSiteAsAnAlertWithNowhereElseToGo() {
        String older = ContractSamples.json("NotificationRequested", 1)
                .replace("\"purpose\": \"ALERT\",", "")
                .replaceAll("\"alternateSite\": \\{[^}]*},", "");

        DeliveryRequest request = reader.read(older);

        assertThat(request.purpose()).isNull();
        assertThat(request.alternateSite()).isNull();
    }

    @Test
    void readsEveryOptionTheRequestOffersNotAFixedTwo() {
        String withAlternateSite = ContractSamples.json("NotificationRequested", 1)
                .replace(
                        "{ \"key\": \"2\", \"answer\": \"NEEDS_HELP\", \"label\": \"I need help\" }",
                        "{ \"key\": \"2\", \"answer\": \"NEEDS_HELP\", \"label\": \"I need help\" },"
                                + " { \"key\": \"3\", \"answer\": \"AT_ALTERNATE_SITE\","
                                + " \"label\": \"I am at the alternate site\" }");

        assertThat(reader.read(withAlternateSite).replyOptions())
                .containsExactly(
                        new ReplyOption("1", "SAFE", "I am safe"),
                        new ReplyOption("2", "NEEDS_HELP", "I need help"),
                        new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));
    }

    @Test
    void toleratesFieldsItDoesNotKnow() {
        String withExtra = ContractSamples.json("NotificationRequested", 1).replaceFirst("\\{", "{\"newField\": 1,");

        assertThat(reader.read(withExtra).replyCode()).isEqualTo("47");
    }

    @Test
    void rejectsRecordsThatAreNotJson() {
        assertThatThrownBy(() -> reader.read("not json"))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageStartingWith("Undecodable NotificationRequested");
    }

    @Test
    void rejectsRequestsWithoutChannels() {
        String noChannels = ContractSamples.json("NotificationRequested", 1)
                .replaceAll("(?s)\"channels\": \\[.*?\\],", "\"channels\": [],");

        assertThatThrownBy(() -> reader.read(noChannels))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("channels");
    }

    @Test
    void rejectsOtherEventTypes() {
        String other = ContractSamples.json("NotificationRequested", 1)
                .replace("\"NotificationRequested\"", "\"NotificationSent\"");

        assertThatThrownBy(() -> reader.read(other)).isInstanceOf(UnprocessableRecord.class);
    }
}
