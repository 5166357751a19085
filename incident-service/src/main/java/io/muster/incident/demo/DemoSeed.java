package io.muster.incident.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo organisation at startup when {@code muster.demo.enabled} is true (never by
 * default, and loudly when on, so that production does not get demo logins by accident).
 * Idempotent: existing rows are left as they are.
 */
@Component
@ConditionalOnBooleanProperty("muster.demo.enabled")
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final DemoRows rows;
    private final DemoProperties properties;
    private final PasswordEncoder passwords;

    DemoSeed(DemoRows rows, DemoProperties properties, PasswordEncoder passwords) {
        this.rows = rows;
        this.properties = properties;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn(
                "Demo seed is ON (muster.demo.enabled=true): demo people and logins ({}) are being created."
                        + " Never enable it in production.",
                String.join(", ", DemoUser.ALL.stream().map(DemoUser::username).toList()));
        String hash = passwords.encode(properties.password());
        rows.seed(DemoDirectory.people(), DemoUser.ALL, hash);
    }
}
