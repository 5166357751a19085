package io.muster.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a person with curl does against the running stack, as a test fixture. */
final class StackClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StackSettings settings;

    StackClient(StackSettings settings) {
        this.settings = settings;
    }

    HttpResponse<String> postAs(String user, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(settings.incidentServiceUrl() + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A commander declares the incident {@code json} describes; its id (anything but 201 fails the test). */
    String declare(String json) {
        HttpResponse<String> declared = postAs("commander", "/api/incidents", json);
        if (declared.statusCode() != 201) {
            throw new AssertionError("The declaration answered " + declared.statusCode() + ": " + declared.body());
        }
        return json(declared.body()).get("id").asText();
    }

    HttpResponse<String> postCsvAs(String user, String path, String csv) {
        return send(HttpRequest.newBuilder(URI.create(settings.incidentServiceUrl() + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
    }

    JsonNode getAs(String user, String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.incidentServiceUrl() + path))
                .header("Authorization", basic(user))
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> postWebhook(String path, Map<String, String> form, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return send(request.build());
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private String basic(String user) {
        String credentials = user + ":" + settings.secrets().demoPassword();
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
