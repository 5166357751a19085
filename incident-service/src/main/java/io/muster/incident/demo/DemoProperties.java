package io.muster.incident.demo;

import jakarta.validation.constraints.AssertTrue;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Whether to seed demo data, and the password of the demo users (required when seeding). */
@Validated
@ConfigurationProperties("muster.demo")
record DemoProperties(boolean enabled, @Nullable String password) {

    @AssertTrue(message = "muster.demo.password must be set when muster.demo.enabled is true")
    boolean isPasswordSetWhenEnabled() {
        return !enabled || (password != null && !password.isBlank());
    }
}
