package io.muster.incident.deadletter;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Only administrators see dead-lettered records and send them back. */
@Component
class DeadLetterAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/dead-letters")
                .hasRole("ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/dead-letters/*/*/*/redrive")
                .hasRole("ADMIN");
    }
}
