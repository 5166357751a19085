package io.muster.gateway.hotline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The incident-service's keypad menu of approved scenarios and of sites ({@code GET /api/hotline/scenarios}). */
record ScenarioMenu(List<Scenario> scenarios, List<Site> sites) {

    record Scenario(int keypad, UUID id, String name, int version, boolean lifeSafety) {}

    record Site(int keypad, UUID id, String name) {}

    static ScenarioMenu from(JsonNode body) {
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode node : body.path("scenarios")) {
            scenarios.add(new Scenario(
                    node.path("keypad").asInt(),
                    UUID.fromString(node.path("id").asString()),
                    node.path("name").asString(),
                    node.path("version").asInt(),
                    node.path("lifeSafety").asBoolean()));
        }
        List<Site> sites = new ArrayList<>();
        for (JsonNode node : body.path("sites")) {
            sites.add(new Site(
                    node.path("keypad").asInt(),
                    UUID.fromString(node.path("id").asString()),
                    node.path("name").asString()));
        }
        return new ScenarioMenu(List.copyOf(scenarios), List.copyOf(sites));
    }

    Optional<Scenario> byKeypad(String digits) {
        return keypad(digits)
                .flatMap(
                        key -> scenarios.stream().filter(s -> s.keypad() == key).findFirst());
    }

    Optional<Scenario> scenario(UUID id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    Optional<Site> siteByKeypad(String digits) {
        return keypad(digits)
                .flatMap(key -> sites.stream().filter(s -> s.keypad() == key).findFirst());
    }

    Optional<Site> site(UUID id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Optional<Integer> keypad(String digits) {
        return digits.matches("[0-9]{1,3}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
