package io.muster.incident.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class JwtPropertiesTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void theAudienceIsRequiredWhenBearerTokensAreOn() {
        assertThat(validator.validate(properties("https://sso.example.org/realms/muster", null)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("audienceSetWhenEnabled");
        assertThat(validator.validate(properties("https://sso.example.org/realms/muster", " ")))
                .isNotEmpty();
        assertThat(validator.validate(properties("https://sso.example.org/realms/muster", "muster-api")))
                .isEmpty();
        assertThat(validator.validate(properties(null, null))).isEmpty();
    }

    @Test
    void theServiceDoesNotStartWithBearerTokensOnAndNoAudience() {
        new ApplicationContextRunner()
                .withUserConfiguration(Bound.class)
                .withPropertyValues("muster.security.jwt.issuer-uri=https://sso.example.org/realms/muster")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("muster.security.jwt.audience"));
    }

    private static JwtProperties properties(String issuer, String audience) {
        return new JwtProperties(
                issuer,
                null,
                audience,
                "roles",
                Map.of(),
                "preferred_username",
                "employee_id",
                JwtProperties.PersonMatch.EMPLOYEE_ID);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(JwtProperties.class)
    static class Bound {}
}
