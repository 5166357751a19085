package io.muster.gateway;

import static org.awaitility.Awaitility.await;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.correlation.OpenRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A NotificationRequested built from the golden sample with fresh ids, published and awaited in the index. */
public record NotificationRequestFixture(
        UUID notificationId,
        UUID incidentId,
        UUID personId,
        String phone,
        String replyCode,
        String subject,
        boolean exercise,
        Instant expiresAt,
        String locale) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    public NotificationRequestFixture asExercise() {
        return new NotificationRequestFixture(
                notificationId, incidentId, personId, phone, replyCode, subject, true, expiresAt, locale);
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
                locale);
    }

    public NotificationRequestFixture inLocale(String locale) {
        return new NotificationRequestFixture(
                notificationId, incidentId, personId, phone, replyCode, subject, exercise, expiresAt, locale);
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
        ((ObjectNode) event.get("channels").get(0)).put("address", phone);
        return JSON.writeValueAsString(event);
    }

    /** Publishes on the priority lane and waits until the gateway has indexed it. */
    public NotificationRequestFixture publishedAndIndexed(KafkaTemplate<String, String> kafka, OpenRequests index) {
        kafka.send("muster.notification-request.priority.v1", personId.toString(), json())
                .join();
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
}
