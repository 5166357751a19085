package io.muster.incident.scenario;

import io.muster.incident.storage.Jdbc;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The hotline's half of launch by phone (docs/scenarios.md): the keypad menu of approved scenarios and
 * sites, and the launch on behalf of the commander the gateway identified by employee id and PIN. Only
 * for the gateway's service token ({@link HotlineTokens}).
 */
@RestController
@SecurityScheme(
        name = "hotline",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        paramName = HotlineTokens.HEADER,
        description = "The inbound gateway's service token (muster.scenarios.hotline-tokens); no login.")
@SecurityRequirement(name = "hotline")
class HotlineScenarioController {

    /** A scenario on the menu: its keypad number and the version a launch sends. */
    record MenuScenario(int keypad, UUID id, String name, int version, boolean lifeSafety, boolean rollCall) {}

    /** A site on the menu: its keypad number (by name) and id. */
    record MenuSite(int keypad, UUID id, String name) {}

    record Menu(List<MenuScenario> scenarios, List<MenuSite> sites) {}

    /** A launch by phone: who called (their employee id, PIN checked by the gateway) and the launch itself. */
    record PhoneLaunch(
            @NotBlank @Size(max = 100) String employeeId,
            @Nullable Integer version,
            @Nullable @Size(max = 100) List<@NotNull UUID> siteIds,
            @Nullable Boolean exercise,
            @Nullable Boolean confirmLifeSafety) {

        LaunchRequest request() {
            return new LaunchRequest(version, siteIds, null, null, exercise, confirmLifeSafety);
        }
    }

    private final Jdbc jdbc;
    private final Scenarios scenarios;
    private final ScenarioLaunches launches;

    HotlineScenarioController(Jdbc jdbc, Scenarios scenarios, ScenarioLaunches launches) {
        this.jdbc = jdbc;
        this.scenarios = scenarios;
        this.launches = launches;
    }

    @GetMapping("/api/hotline/scenarios")
    Mono<Menu> menu() {
        return jdbc.transactional(() -> new Menu(approved(), sites()));
    }

    @ApiResponse(responseCode = "201", description = "Launched: the incident is declared")
    @ApiResponse(
            responseCode = "200",
            description = "The same launch again: the first incident, Idempotent-Replayed: true")
    @PostMapping("/api/hotline/scenarios/{id}/launches")
    Mono<ResponseEntity<ScenarioLaunches.Launched>> launch(
            @PathVariable UUID id,
            @Valid @RequestBody PhoneLaunch launch,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        return jdbc.transactional(() -> commanderLogin(launch.employeeId()))
                .flatMap(login -> LaunchController.launched(
                        launches, id, launch.request(), login, ScenarioLaunches.Source.PHONE, key));
    }

    private List<MenuScenario> approved() {
        return scenarios.current().stream()
                .flatMap(head -> scenarios
                        .newestApproved(head.id())
                        .flatMap(v -> scenarios.version(head.id(), v))
                        .map(v -> new MenuScenario(
                                head.keypad(),
                                head.id(),
                                v.definition().name(),
                                v.version(),
                                v.definition().lifeSafety(),
                                v.definition().rollCall()))
                        .stream())
                .toList();
    }

    private List<MenuSite> sites() {
        return jdbc.client()
                .sql("SELECT id, name, row_number() OVER (ORDER BY name) AS keypad FROM sites ORDER BY name")
                .query((rs, n) ->
                        new MenuSite(rs.getInt("keypad"), rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    /** The caller's login that may declare (COMMANDER or ADMIN, not disabled); else 403. */
    private String commanderLogin(String employeeId) {
        return jdbc.client()
                .sql(
                        """
                        SELECT u.username FROM app_users u JOIN people p ON p.id = u.person_id
                        WHERE p.employee_id = ? AND u.roles && ARRAY['COMMANDER', 'ADMIN'] AND NOT u.disabled
                        ORDER BY ('COMMANDER' = ANY(u.roles)) DESC, u.username LIMIT 1
                        """)
                .param(employeeId)
                .query(String.class)
                .optional()
                .orElseThrow(ScenarioProblems.NotACommander::new);
    }
}
