package io.muster.incident.publicstatus;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** A statement's preview is read by whoever may read the statement itself. */
@Component
class StatementPreviewAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/statements/*/preview")
                .hasAnyRole("COMMANDER", "TEAM", "SPOKESPERSON", "ADMIN");
    }
}
