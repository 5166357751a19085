package io.muster.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The text rule guards HTTP request bodies only: the mapper that reads events keeps every character. */
@IncidentServiceIntegrationTest
class TextInputIntegrationTests {

    @Autowired
    JsonMapper json;

    @Test
    void eventsReadFromKafkaKeepOddCharacters() {
        Map<?, ?> event = json.readValue("{\"text\": \"odd \\u0001 reply\"}", Map.class);
        assertThat(event.get("text")).isEqualTo("odd \u0001 reply");
    }
}
