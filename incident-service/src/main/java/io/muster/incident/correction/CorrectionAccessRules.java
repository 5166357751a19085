package io.muster.incident.correction;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Those who declare and close an incident correct or cancel its alert; the incident team reads the corrections. */
@Component
class CorrectionAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/corrections")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/corrections")
                .hasAnyRole("COMMANDER", "TEAM", "HR", "SPOKESPERSON", "ADMIN");
    }
}
