package io.muster.incident.preview;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Those who may declare may preview what a declaration would send. */
@Component
class PreviewAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.POST, "/api/message-preview").hasAnyRole("COMMANDER", "ADMIN");
    }
}
