package io.muster.incident.subscriber;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Anyone may sign up for the status mails and follow the links in them; no login. */
@Component
class SubscriberAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/status/subscribe")
                .permitAll()
                .pathMatchers(HttpMethod.GET, "/status/subscribe/confirm", "/status/unsubscribe")
                .permitAll();
    }
}
