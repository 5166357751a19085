package io.muster.gateway.incident;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.GatewayIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The incident topic consumed for real: the latest internal update, closings, dead letters, the answer page. */
class IncidentStatusIntegrationTests extends GatewayIntegrationTest {

    private static final String TOPIC = "muster.incident.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private Incidents incidents;

    @Test
    void anOlderUpdateArrivingLateDoesNotReplaceTheLatestOne() {
        UUID incident = UUID.randomUUID();
        Instant now = Instant.now();
        send(incident, update(incident, "Newest: stay home", now));
        send(incident, update(incident, "Older: go to site B", now.minusSeconds(60)));
        send(incident, event("IncidentClosed", incident));

        await().atMost(PUBLISHED).until(() -> incidents
                .status(incident)
                .blockOptional()
                .filter(IncidentStatus::closed)
                .isPresent());
        assertThat(incidents.status(incident).block().latestUpdate()).isEqualTo("Newest: stay home");
    }

    @Test
    void anUndecodableIncidentEventGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        try (var probe = probe(TOPIC + ".DLT")) {
            kafka.send(TOPIC, key, "{not json").join();

            assertThat(probe.awaitRecord(record -> key.equals(record.key()), PUBLISHED)
                            .value())
                    .isEqualTo("{not json");
        }
    }

    @Test
    void theAnswerPageShowsTheLatestInternalUpdateEscaped() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        send(request.incidentId(), update(request.incidentId(), "Use the <north> exit & wait", Instant.now()));
        await().atMost(PUBLISHED)
                .until(() ->
                        incidents.status(request.incidentId()).blockOptional().isPresent());

        String page = client.get()
                .uri("/answer/" + tokenFor(request))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("<h2>Latest update</h2>")
                .contains("Use the &lt;north&gt; exit &amp; wait")
                .containsSubsequence("Evacuate building A now.", "Latest update", "<button");
    }

    @Test
    void theAnswerPageHasNoUpdateSectionBeforeAnyUpdateWasPosted() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        client.get()
                .uri("/answer/" + tokenFor(request))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(page -> assertThat(page).doesNotContain("Latest update"));
    }

    private static ObjectNode update(UUID incident, String text, Instant at) {
        ObjectNode event = event("StatusUpdatePosted", incident);
        event.put("updateId", UUID.randomUUID().toString());
        event.put("text", text);
        event.put("occurredAt", at.toString());
        return event;
    }

    private static ObjectNode event(String type, UUID incident) {
        ObjectNode event = (ObjectNode) JSON.readTree(ContractSamples.json(type, 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incident.toString());
        return event;
    }

    private void send(UUID incident, ObjectNode event) {
        kafka.send(TOPIC, incident.toString(), JSON.writeValueAsString(event)).join();
    }
}
