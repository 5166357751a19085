package io.muster.incident;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Declares as the demo commander does, through the API, to everyone in one role; answers the incident's id. */
public final class Declaring {

    private Declaring() {}

    /**
     * @param title a title of its own per declaration: the same declaration again within a minute is a retry
     * @param timeout how long the declaration may take (a large fan-out takes seconds)
     */
    public static String toRole(WebTestClient web, String role, String title, String severity, Duration timeout) {
        return toRole(web, role, title, severity, timeout, Map.of());
    }

    /** The same, with more members of the declaration (e.g. {@code bridge}). */
    public static String toRole(
            WebTestClient web, String role, String title, String severity, Duration timeout, Map<String, Object> more) {
        Map<String, Object> declaration = new HashMap<>(more);
        declaration.putAll(
                Map.of("title", title, "message", "m", "severity", severity, "notify", Map.of("roles", List.of(role))));
        byte[] body = web.mutate()
                .responseTimeout(timeout)
                .build()
                .post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(declaration)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return JsonMapper.shared().readTree(body).get("id").asString();
    }
}
