package io.muster.incident.login;

import io.muster.incident.security.AccessRules;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Only admins see and change logins. */
@Component
class LoginAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/api/logins", "/api/logins/**").hasRole("ADMIN");
    }
}
