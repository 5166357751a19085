package io.muster.incident;

import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures.TestPerson;
import java.time.Instant;
import java.util.UUID;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Publishes a person's answer to the replies topic, as the gateway would (the golden ReplyReceived). */
public final class Answers {

    private final DatabaseClient db;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;

    public Answers(DatabaseClient db, KafkaTemplate<String, String> kafka, JsonMapper json) {
        this.db = db;
        this.kafka = kafka;
        this.json = json;
    }

    /** The person answers SAFE to their request of the incident. */
    public void safe(UUID incident, TestPerson person) {
        UUID notification = db.sql("SELECT notification_id FROM recipients WHERE incident_id = $1 AND person_id = $2")
                .bind(0, incident)
                .bind(1, person.id())
                .map((row, meta) -> row.get(0, UUID.class))
                .one()
                .block();
        ObjectNode reply = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        reply.put("eventId", UUID.randomUUID().toString());
        reply.put("incidentId", incident.toString());
        reply.put("notificationId", notification.toString());
        reply.put("personId", person.id().toString());
        reply.put("occurredAt", Instant.now().toString());
        kafka.send("muster.reply.v1", incident.toString(), reply.toString()).join();
    }
}
