package io.muster.incident.callout;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Commanders and admins start call-outs; the incident team sees who is coming. */
@Component
class CalloutAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/callouts")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/callouts", "/api/incidents/*/callouts/*")
                .hasAnyRole("COMMANDER", "TEAM", "SPOKESPERSON", "ADMIN");
    }
}
