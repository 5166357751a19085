package io.muster.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks' model of a service's settings: it must refuse what a service does not read, not only accept. */
class ServiceSettingsTests {

    @Test
    void environmentVariablesMapToPropertiesAsSpringBindsThem() {
        ServiceSettings service = ServiceSettings.withProperties(
                "notifier",
                Set.of("muster.hotline.recording-base-url", "muster.gateway.operators[*].username", "x.map.*"));

        assertThat(service.reads("MUSTER_HOTLINE_RECORDINGBASEURL")).isTrue();
        assertThat(service.reads("MUSTER_HOTLINE_RECORDING_BASE_URL")).isTrue();
        assertThat(service.reads("MUSTER_GATEWAY_OPERATORS_0_USERNAME")).isTrue();
        assertThat(service.reads("X_MAP_ANY_KEY")).isTrue();
        assertThat(service.reads("MUSTER_HOTLINE_RECORDING")).isFalse();
        assertThat(service.reads("MUSTER_GATEWAY_OPERATORS_USERNAME")).isFalse();
        assertThat(service.reads("MUSTER_HOTLINE_RECORDINGBASEURLS")).isFalse();
    }

    @Test
    void eachServiceReadsItsOwnSettingsAndNotTheOthers() {
        ServiceSettings notifier = ServiceSettings.of("notifier");
        ServiceSettings gateway = ServiceSettings.of("inbound-gateway");
        ServiceSettings incidents = ServiceSettings.of("incident-service");

        // its records, nested ones included
        assertThat(notifier.reads("MUSTER_TWILIO_AUTH_TOKEN")).isTrue();
        assertThat(notifier.reads("MUSTER_MAIL_SECONDARY_HOST")).isTrue();
        assertThat(gateway.reads("MUSTER_TWILIO_AUTH_TOKENS")).isTrue();
        assertThat(gateway.reads("MUSTER_MAIL_IMAP_PASSWORD")).isTrue();
        assertThat(incidents.reads("MUSTER_HOTLINE_RECORDING_BASE_URL")).isTrue();
        // the project libraries it uses
        assertThat(notifier.reads("MUSTER_TOKENS_SECRETS")).isTrue();
        assertThat(incidents.reads("MUSTER_METRICS_SCRAPE_TOKENS")).isTrue();
        // Spring Boot's, from the libraries on its class path
        assertThat(notifier.reads("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isTrue();
        assertThat(notifier.reads("SPRING_DATASOURCE_URL")).isTrue();
        // placeholders of its application.yml
        assertThat(notifier.reads("MUSTER_DB_PASSWORD")).isTrue();
        // not its own
        assertThat(notifier.reads("MUSTER_TWILIO_AUTH_TOKENS")).isFalse();
        assertThat(notifier.reads("MUSTER_GATEWAY_SPOOL_DIRECTORY")).isFalse();
        assertThat(notifier.reads("SPRING_R2DBC_URL"))
                .as("the notifier has no R2DBC")
                .isFalse();
        assertThat(gateway.reads("MUSTER_TWILIO_ACCOUNT_SID")).isFalse();
        assertThat(incidents.reads("MUSTER_SUBSCRIBER_SECRET")).isFalse();
    }

    @Test
    void healthGroupsAreTheOnesTheServiceServes() {
        for (String service : Repository.SERVICES) {
            assertThat(ServiceSettings.of(service).healthGroups())
                    .as(service)
                    .containsExactlyInAnyOrder("liveness", "readiness");
        }
    }
}
