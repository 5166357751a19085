package io.muster.incident.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * The authorisation rules of one feature. Each feature package declares its own bean, so the rules
 * live beside the endpoints they guard; {@link SecurityConfiguration} applies every feature's rules
 * before the service-wide ones, and denies whatever no rule names.
 *
 * <p>Rules are matched first to last: name specific paths (e.g. {@code /api/incidents/{id}/tasks/**}),
 * never a catch-all, so one feature cannot open another's endpoints.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeExchangeSpec exchanges);
}
