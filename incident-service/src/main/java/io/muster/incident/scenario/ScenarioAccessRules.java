package io.muster.incident.scenario;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Those who may declare (COMMANDER, ADMIN) read, edit, approve, preview and launch scenarios; a second
 * COMMANDER or ADMIN approves where the incident type needs two people. The hotline's two routes take the
 * gateway's service token instead of a login ({@link HotlineTokens}).
 */
@Component
class ScenarioAccessRules implements AccessRules {

    private final HotlineTokens hotline;

    ScenarioAccessRules(HotlineTokens hotline) {
        this.hotline = hotline;
    }

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/hotline/scenarios")
                .access(hotline)
                .pathMatchers(HttpMethod.POST, "/api/hotline/scenarios/*/launches")
                .access(hotline)
                .pathMatchers(HttpMethod.GET, "/api/scenarios", "/api/scenarios/*")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/scenarios")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.PUT, "/api/scenarios/*")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.DELETE, "/api/scenarios/*")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(
                        HttpMethod.POST,
                        "/api/scenarios/*/approvals",
                        "/api/scenarios/*/preview",
                        "/api/scenarios/*/launches")
                .hasAnyRole("COMMANDER", "ADMIN");
    }
}
