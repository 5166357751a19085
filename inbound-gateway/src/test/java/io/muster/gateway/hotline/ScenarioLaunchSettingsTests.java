package io.muster.gateway.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Without a base URL or a service token the hotline neither offers nor tries a launch, whatever is approved. */
class ScenarioLaunchSettingsTests {

    private static final String MENU =
            """
            {"scenarios": [{"keypad": 1, "id": "%s", "name": "Evacuate", "version": 1, "lifeSafety": false}],
             "sites": []}"""
                    .formatted(UUID.randomUUID());

    private final ScenarioContractServer incidentService = ScenarioContractServer.shared();

    @AfterEach
    void reset() {
        incidentService.reset();
    }

    @Test
    void withoutATokenTheOptionIsNotOfferedAndNothingIsAsked() {
        incidentService.menu(MENU);
        var scenarios = scenarios(incidentService.baseUrl(), null);

        assertThat(scenarios.menu().block()).isEmpty();
        assertThat(scenarios.offered()).isFalse();
        assertThat(scenarios
                        .launch(
                                UUID.randomUUID(),
                                new IncidentServiceScenarios.Launch("E1", List.of(), true, false, 1),
                                "CA" + "1".repeat(32))
                        .block())
                .isEqualTo(IncidentServiceScenarios.Outcome.UNAVAILABLE);
        assertThat(incidentService.received()).isEmpty();
    }

    @Test
    void withoutABaseUrlTheOptionIsNotOffered() {
        incidentService.menu(MENU);
        var scenarios = scenarios(" ", ScenarioContractServer.TOKEN);

        assertThat(scenarios.menu().block()).isEmpty();
        assertThat(scenarios.offered()).isFalse();
    }

    @Test
    void withBothTheApprovedScenariosAreOffered() {
        incidentService.menu(MENU);
        var scenarios = scenarios(incidentService.baseUrl(), ScenarioContractServer.TOKEN);

        assertThat(scenarios.menu().block()).isPresent();
        assertThat(scenarios.offered()).isTrue();
    }

    private static IncidentServiceScenarios scenarios(String baseUrl, String token) {
        return new IncidentServiceScenarios(
                new ScenarioLaunchProperties(baseUrl, token, Duration.ofSeconds(2), Duration.ZERO),
                JsonMapper.builder().build(),
                Clock.systemUTC());
    }
}
