package io.muster.gateway.hotline;

import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.incident.Incidents;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Incidents and requests as incident-service publishes them, built from the golden samples with fresh ids. */
final class HotlineFixtures {

    static final String INCIDENT_TOPIC = "muster.incident.v1";
    static final String PIN_TOPIC = "muster.hotline-pin.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration INDEXED = Duration.ofSeconds(30);

    private final KafkaTemplate<String, String> kafka;
    private final HotlineRequests requests;
    private final Incidents incidents;

    HotlineFixtures(KafkaTemplate<String, String> kafka, HotlineRequests requests, Incidents incidents) {
        this.kafka = kafka;
        this.requests = requests;
        this.incidents = incidents;
    }

    /** An incident declared with this title; waits until the gateway knows it. */
    UUID declared(String title) {
        UUID incidentId = UUID.randomUUID();
        ObjectNode event = sample("IncidentDeclared", incidentId);
        event.put("title", title);
        send(incidentId, event);
        await().atMost(INDEXED)
                .until(() -> incidents.status(incidentId).blockOptional().isPresent());
        return incidentId;
    }

    /** An internal status update posted now; waits until it is the incident's latest. */
    void updatePosted(UUID incidentId, String text) {
        ObjectNode event = sample("StatusUpdatePosted", incidentId);
        event.put("updateId", UUID.randomUUID().toString());
        event.put("text", text);
        event.put("occurredAt", Instant.now().toString());
        send(incidentId, event);
        await().atMost(INDEXED)
                .until(() -> text.equals(incidents
                        .status(incidentId)
                        .blockOptional()
                        .map(s -> s.latestUpdate())
                        .orElse(null)));
    }

    void closed(UUID incidentId) {
        send(incidentId, sample("IncidentClosed", incidentId));
        await().atMost(INDEXED).until(() -> incidents.status(incidentId).block().closed());
    }

    /** A person asked about an incident on this phone, with this employee id (null: the field is absent). */
    Requested requested(UUID incidentId, UUID personId, String phone, String employeeId) {
        return requested(incidentId, personId, phone, employeeId, "en");
    }

    /** As above, for a person whose language is {@code locale} (offered 1 and 2, as the golden sample). */
    Requested requested(UUID incidentId, UUID personId, String phone, String employeeId, String locale) {
        return requested(incidentId, personId, phone, employeeId, locale, false);
    }

    /** As above; {@code alternateSite}: also offered 3 AT_ALTERNATE_SITE (their site has an alternate site). */
    Requested requested(
            UUID incidentId, UUID personId, String phone, String employeeId, String locale, boolean alternateSite) {
        NotificationRequestFixture request = new NotificationRequestFixture(
                UUID.randomUUID(),
                incidentId,
                personId,
                phone,
                "47",
                "Alert",
                false,
                Instant.now().plus(Duration.ofHours(1)),
                locale);
        ObjectNode event = (ObjectNode) JSON.readTree(request.json());
        if (employeeId != null) {
            event.put("employeeId", employeeId);
        }
        if (alternateSite) {
            ((tools.jackson.databind.node.ArrayNode) event.get("replyOptions"))
                    .addObject()
                    .put("key", "3")
                    .put("answer", "AT_ALTERNATE_SITE")
                    .put("label", "I am at the alternate site");
        }
        kafka.send("muster.notification-request.priority.v1", personId.toString(), JSON.writeValueAsString(event))
                .join();
        await().atMost(INDEXED).until(() -> requests.latest(personId, incidentId)
                .blockOptional()
                .filter(r -> r.notificationId().equals(request.notificationId()))
                .isPresent());
        return new Requested(request.notificationId(), incidentId, personId, phone);
    }

    /** The person's hotline PIN as the incident-service publishes it (a bcrypt hash); waits until the hotline has it. */
    static void pinSet(KafkaTemplate<String, String> kafka, HotlinePins pins, UUID personId, String pin) {
        pinSet(kafka, pins, personId, null, pin);
    }

    /** The person's PIN, set for {@code employeeId} (none: a PIN the hotline finds only through their requests). */
    static void pinSet(
            KafkaTemplate<String, String> kafka,
            HotlinePins pins,
            UUID personId,
            @Nullable String employeeId,
            String pin) {
        ObjectNode event = (ObjectNode) JSON.readTree(ContractSamples.json("HotlinePinChanged", 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("personId", personId.toString());
        event.put("employeeId", employeeId);
        event.put("occurredAt", Instant.now().toString());
        event.put("pinHash", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(pin));
        kafka.send(PIN_TOPIC, personId.toString(), JSON.writeValueAsString(event))
                .join();
        await().atMost(INDEXED).until(() -> pins.matches(personId, pin).block());
    }

    /** A request as indexed. */
    record Requested(UUID notificationId, UUID incidentId, UUID personId, String phone) {}

    private static ObjectNode sample(String type, UUID incidentId) {
        ObjectNode event = (ObjectNode) JSON.readTree(ContractSamples.json(type, 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incidentId.toString());
        return event;
    }

    private void send(UUID incidentId, ObjectNode event) {
        kafka.send(INCIDENT_TOPIC, incidentId.toString(), JSON.writeValueAsString(event))
                .join();
    }
}
