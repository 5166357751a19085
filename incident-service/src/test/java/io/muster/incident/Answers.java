package io.muster.incident;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures.TestPerson;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Publishes a person's answer to the replies topic, as the gateway would (the golden ReplyReceived). */
public final class Answers {

    private final JdbcClient db;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    public Answers(JdbcClient db, KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.db = db;
        this.kafka = kafka;
        this.json = json;
    }

    /** The person answers SAFE to their request of the incident. */
    public void safe(UUID incident, TestPerson person) {
        UUID notification = db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person.id())
                .query(UUID.class)
                .optional()
                .orElse(null);
        ObjectNode reply = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        reply.put("eventId", UUID.randomUUID().toString());
        reply.put("incidentId", incident.toString());
        reply.put("notificationId", notification.toString());
        reply.put("personId", person.id().toString());
        reply.put("occurredAt", Instant.now().toString());
        kafka.send("muster.reply.v1", incident.toString(), reply.toString()).join();
    }
}
