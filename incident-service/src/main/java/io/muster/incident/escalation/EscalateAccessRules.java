package io.muster.incident.escalation;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Those who may declare and close an incident may also escalate it now: commanders and admins. */
@Component
class EscalateAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.POST, "/api/incidents/*/escalations").hasAnyRole("COMMANDER", "ADMIN");
    }
}
