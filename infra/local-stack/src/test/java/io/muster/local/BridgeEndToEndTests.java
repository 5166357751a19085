package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.SimConference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The response team's crisis bridge across the running services ({@link SharedStack}): an alert invites three
 * people; one joins from the alert call (press 8), one from the hotline; the incident-service's API, which the
 * console reads, shows both on the bridge; the commander rings the third in through the incident-service, and the
 * gateway's call brings them onto the bridge too.
 */
class BridgeEndToEndTests extends WholeStackTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final WeekCast cast = WeekCast.fresh();
    private final Member ada = cast.add("Ada Bridge", "en", "VOICE");
    private final Member grace = cast.add("Grace Bridge", "en", "SMS");
    private final Member linus = cast.add("Linus Bridge", "en", "SMS");

    @AfterEach
    void everyoneHangsUp() {
        List<String> ours = List.of(ada.phone(), grace.phone(), linus.phone());
        for (SimConference conference : stack.simulator().conferences()) {
            conference.participants().stream()
                    .filter(p -> p.present() && ours.contains(p.phone()))
                    .forEach(p -> stack.simulator().hangUp(p.callSid()));
        }
    }

    @Test
    void twoPeopleJoinFromTheAlertCallAndTheHotlineAndTheCommanderRingsTheThirdIn() {
        cast.seed(client);
        WeekPhones phones = new WeekPhones(stack.simulator(), stack.settings(), client);
        String title = "Bridge drill " + cast.run();
        String incident = client.declare(
                """
                {"title":"%s","message":"Join the crisis bridge.","severity":"HIGH","bridge":true,
                 "notify":{"roles":["%s"]}}"""
                        .formatted(title, cast.role()));

        // Ada answers her alert call, then joins the bridge from the menu it repeats (the bridge's key is 8)
        phones.awaitCall(ada, title);
        phones.press(ada, "1");
        assertThat(phones.press(ada, "8")).contains("<Conference");
        // Grace, alerted by SMS, calls the hotline from her phone and joins from the incident's menu
        phones.alert(grace, title);
        CallTranscript hotline = phones.dialHotline(grace.phone(), CallScript.of(CallScript.Step.press("8")));
        assertThat(hotline.heard()).contains("Connecting you to the crisis bridge.");

        JsonNode both = await("Ada and Grace on the bridge in the incident-service")
                .atMost(WAIT)
                .until(() -> bridge(incident), view -> view.get("onBridge").size() == 2);
        assertThat(both.get("onBridge").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(
                        cast.idOf(ada).toString(), cast.idOf(grace).toString());
        assertThat(both.get("onBridge").findValuesAsString("name"))
                .containsExactlyInAnyOrder("Ada Bridge", "Grace Bridge");
        assertThat(both.get("members").size()).isEqualTo(3);

        String key = "ring-" + UUID.randomUUID();
        HttpResponse<String> rung = ringIn(incident, cast.idOf(linus), key);
        HttpResponse<String> again = ringIn(incident, cast.idOf(linus), key);
        assertThat(rung.statusCode()).as(rung.body()).isEqualTo(202);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);

        JsonNode three = await("Linus rung onto the bridge")
                .atMost(WAIT)
                .until(() -> bridge(incident), view -> view.get("onBridge").size() == 3);
        assertThat(three.get("onBridge").findValuesAsString("name")).contains("Linus Bridge");
        assertThat(stack.simulator().conferences().stream()
                        .flatMap(c -> c.participants().stream())
                        .filter(p -> p.phone().equals(linus.phone()))
                        .count())
                .as("one call per request key")
                .isOne();
    }

    private JsonNode bridge(String incident) {
        return client.getAs("commander", "/api/incidents/" + incident + "/bridge");
    }

    private HttpResponse<String> ringIn(String incident, UUID person, String key) {
        String credentials = "commander:" + stack.settings().secrets().demoPassword();
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        stack.settings().incidentServiceUrl() + "/api/incidents/" + incident + "/bridge/calls"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":\"" + person + "\"}"))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("POST " + request.uri() + " failed", e);
        }
    }
}
