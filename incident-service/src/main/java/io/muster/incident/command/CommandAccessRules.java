package io.muster.incident.command;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Commanders hand over command and administrators may take it, so they look for whom to give it to. */
@Component
class CommandAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.GET, "/api/commanders").hasAnyRole("COMMANDER", "ADMIN");
    }
}
