package io.muster.incident.hotline;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The incident team and HR list hotline messages and listen to them. */
@Component
class HotlineAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(
                        HttpMethod.GET,
                        "/api/incidents/*/hotline-messages",
                        "/api/incidents/*/hotline-messages/*/audio")
                .hasAnyRole("TEAM", "COMMANDER", "HR");
    }
}
