package io.muster.incident.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bearer-token (OIDC/JWT) logins; off while {@code issuer-uri} is unset.
 *
 * @param issuerUri the identity provider's issuer; every token's {@code iss} must equal it. Without
 *     {@code jwk-set-uri} the keys are found by OIDC discovery from it (on the first token, not at start)
 * @param jwkSetUri where the signing keys are; needs {@code issuer-uri}
 * @param audience a token's {@code aud} must contain it; required when JWT is on (a token the
 *     provider issued for another application must not open this one)
 * @param rolesClaim the claim holding the roles, a dotted path such as {@code realm_access.roles}
 * @param roleMapping the provider's role names to Muster roles; when there is a mapping, only mapped
 *     roles are granted, otherwise the provider's names are upper-cased
 * @param usernameClaim the login name (audit actor); {@code sub} when the claim is absent
 * @param personClaim the claim naming the caller's directory person
 * @param personMatch which directory field {@code person-claim} matches; by {@code EMAIL} only when
 *     the token says the provider verified the address ({@code email_verified})
 */
@Validated
@ConfigurationProperties("muster.security.jwt")
record JwtProperties(
        @Nullable String issuerUri,
        @Nullable String jwkSetUri,
        @Nullable String audience,
        @DefaultValue("roles") @NotBlank String rolesClaim,
        @DefaultValue Map<String, String> roleMapping,
        @DefaultValue("preferred_username") @NotBlank String usernameClaim,
        @DefaultValue("employee_id") @NotBlank String personClaim,
        @DefaultValue("EMPLOYEE_ID") @NotNull PersonMatch personMatch) {

    enum PersonMatch {
        EMPLOYEE_ID,
        EMAIL
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    @AssertTrue(
            message =
                    "muster.security.jwt.audience is required with muster.security.jwt.issuer-uri: set the audience the provider puts in this service's tokens")
    boolean isAudienceSetWhenEnabled() {
        return !enabled() || (audience != null && !audience.isBlank());
    }

    @AssertTrue(
            message =
                    "muster.security.jwt.jwk-set-uri needs muster.security.jwt.issuer-uri (tokens' issuer is always checked)")
    boolean isIssuerSetWithKeys() {
        return jwkSetUri == null || jwkSetUri.isBlank() || enabled();
    }
}
