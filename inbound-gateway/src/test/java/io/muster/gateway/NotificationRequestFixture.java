package io.muster.gateway;

import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.incident.IncidentStatus;
import io.muster.gateway.incident.Incidents;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A NotificationRequested built from the golden sample with fresh ids, published and awaited in the index.
 * {@code purpose} ALERT, REMINDER, ALL_CLEAR, ...; {@code asks} false: empty replyOptions (an all-clear, a
 * sitrep or task reminder); {@code issuedAt} its occurredAt (the sample's, long past, when null).
 */
public record NotificationRequestFixture(
        UUID notificationId,
        UUID incidentId,
        UUID personId,
        String phone,
        String replyCode,
        String subject,
        boolean exercise,
        Instant expiresAt,
        String locale,
        String purpose,
        boolean asks,
        Instant issuedAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A first alert, as every fixture was before purposes mattered. */
    public NotificationRequestFixture(
            UUID notificationId,
            UUID incidentId,
            UUID personId,
            String phone,
            String replyCode,
            String subject,
            boolean exercise,
            Instant expiresAt,
            String locale) {
        this(
                notificationId,
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                exercise,
                expiresAt,
                locale,
                "ALERT",
                true,
                null);
    }

    public static NotificationRequestFixture openRequestTo(String phone, String replyCode) {
        return new NotificationRequestFixture(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                phone,
                replyCode,
                "Fire alarm at Riverside",
                false,
                Instant.now().plus(Duration.ofHours(1)),
                "en");
    }

    /** The same person (and phone) alerted for another incident, with another reply code. */
    public NotificationRequestFixture anotherIncident(String otherReplyCode) {
        return new NotificationRequestFixture(
                UUID.randomUUID(),
                UUID.randomUUID(),
                personId,
                phone,
                otherReplyCode,
                "Flood at Harbour House",
                exercise,
                expiresAt,
                locale);
    }

    /** A later step or reminder of the same question: same person, incident, number and code; a new notification. */
    public NotificationRequestFixture reminder() {
        return new NotificationRequestFixture(
                UUID.randomUUID(),
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                exercise,
                Instant.now().plus(Duration.ofHours(24)),
                locale,
                "REMINDER",
                true,
                null);
    }

    /** The incident's all-clear to the same person: it asks nothing (empty replyOptions), same code. */
    public NotificationRequestFixture allClear() {
        return new NotificationRequestFixture(
                UUID.randomUUID(),
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                exercise,
                Instant.now().plus(Duration.ofHours(24)),
                locale,
                "ALL_CLEAR",
                false,
                null);
    }

    /** The same request, issued (occurredAt) at {@code at}. */
    public NotificationRequestFixture issuedAt(Instant at) {
        return new NotificationRequestFixture(
                notificationId,
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                exercise,
                expiresAt,
                locale,
                purpose,
                asks,
                at);
    }

    /** Another incident, with this title, to the same person and number. */
    public NotificationRequestFixture anotherIncident(String otherReplyCode, String title) {
        return new NotificationRequestFixture(
                UUID.randomUUID(),
                UUID.randomUUID(),
                personId,
                phone,
                otherReplyCode,
                title,
                exercise,
                expiresAt,
                locale,
                "ALERT",
                true,
                null);
    }

    public NotificationRequestFixture asExercise() {
        return new NotificationRequestFixture(
                notificationId,
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                true,
                expiresAt,
                locale,
                purpose,
                asks,
                issuedAt);
    }

    public NotificationRequestFixture expired() {
        return new NotificationRequestFixture(
                notificationId,
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                exercise,
                Instant.now().minusSeconds(60),
                locale,
                purpose,
                asks,
                issuedAt);
    }

    public NotificationRequestFixture inLocale(String locale) {
        return new NotificationRequestFixture(
                notificationId,
                incidentId,
                personId,
                phone,
                replyCode,
                subject,
                exercise,
                expiresAt,
                locale,
                purpose,
                asks,
                issuedAt);
    }

    public String json() {
        ObjectNode event = (ObjectNode) JSON.readTree(ContractSamples.json("NotificationRequested", 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("notificationId", notificationId.toString());
        event.put("incidentId", incidentId.toString());
        event.put("personId", personId.toString());
        event.put("replyCode", replyCode);
        event.put("subject", subject);
        event.put("exercise", exercise);
        event.put("expiresAt", expiresAt.toString());
        event.put("locale", locale);
        event.put("purpose", purpose);
        if (!asks) {
            event.putArray("replyOptions");
        }
        if (issuedAt != null) {
            event.put("occurredAt", issuedAt.toString());
        }
        ((ObjectNode) event.get("channels").get(0)).put("address", phone);
        return JSON.writeValueAsString(event);
    }

    /** Publishes on the priority lane (the gateway indexes it in parallel). */
    public NotificationRequestFixture published(KafkaTemplate<String, String> kafka) {
        kafka.send("muster.notification-request.priority.v1", personId.toString(), json())
                .join();
        return this;
    }

    /** Publishes on the priority lane and waits until the gateway has indexed it. */
    public NotificationRequestFixture publishedAndIndexed(KafkaTemplate<String, String> kafka, OpenRequests index) {
        published(kafka);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        index.byNotificationId(notificationId).blockOptional().isPresent());
        return this;
    }

    /**
     * Publishes it as the incident-service sends it to someone whose site has an alternate site (options 1, 2 and
     * 3 AT_ALTERNATE_SITE) and waits until the gateway has indexed it.
     */
    public NotificationRequestFixture publishedWithAlternateSiteAndIndexed(
            KafkaTemplate<String, String> kafka, OpenRequests index) {
        ObjectNode event = (ObjectNode) JSON.readTree(json());
        ((tools.jackson.databind.node.ArrayNode) event.get("replyOptions"))
                .addObject()
                .put("key", "3")
                .put("answer", "AT_ALTERNATE_SITE")
                .put("label", "I am at the alternate site");
        kafka.send("muster.notification-request.priority.v1", personId.toString(), JSON.writeValueAsString(event))
                .join();
        await().atMost(Duration.ofSeconds(30)).until(() -> index.byNotificationId(notificationId)
                .blockOptional()
                .filter(indexed -> indexed.replyOptions().size() == 3)
                .isPresent());
        return this;
    }

    /** Publishes the incident's IncidentDeclared with this request's subject as its title, and waits for it. */
    public NotificationRequestFixture declared(KafkaTemplate<String, String> kafka, Incidents incidents) {
        ObjectNode event = incidentEvent("IncidentDeclared");
        event.put("title", subject);
        event.put("occurredAt", Instant.now().toString());
        kafka.send("muster.incident.v1", incidentId.toString(), JSON.writeValueAsString(event))
                .join();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> incidents.status(incidentId).blockOptional().isPresent());
        return this;
    }

    /** Publishes the incident's IncidentClosed (closed now) and waits until the gateway knows it closed. */
    public NotificationRequestFixture closed(KafkaTemplate<String, String> kafka, Incidents incidents) {
        ObjectNode event = incidentEvent("IncidentClosed");
        event.put("occurredAt", Instant.now().toString());
        kafka.send("muster.incident.v1", incidentId.toString(), JSON.writeValueAsString(event))
                .join();
        await().atMost(Duration.ofSeconds(30)).until(() -> incidents
                .status(incidentId)
                .blockOptional()
                .filter(IncidentStatus::closed)
                .isPresent());
        return this;
    }

    private ObjectNode incidentEvent(String type) {
        ObjectNode event = (ObjectNode) JSON.readTree(ContractSamples.json(type, 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incidentId.toString());
        event.put("exercise", exercise);
        return event;
    }
}
