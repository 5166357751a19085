package io.muster.incident;

import io.muster.testkit.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context the integration tests share: the whole service on real PostgreSQL and
 * Kafka, with the demo seed on (its users are the logins of the tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "muster.demo.enabled=true",
            "muster.demo.password=" + IncidentServiceIntegrationTest.PASSWORD,
            "muster.escalation.tick-interval=100ms",
            "muster.subscribers.secret=" + IncidentServiceIntegrationTest.SUBSCRIBERS_SECRET,
            "muster.scenarios.hotline-tokens=" + IncidentServiceIntegrationTest.HOTLINE_TOKEN
        })
@ContextConfiguration(initializers = RealInfrastructure.class)
@AutoConfigureWebTestClient
public @interface IncidentServiceIntegrationTest {

    String PASSWORD = "test-password";

    /** Signs subscriber links in the tests (the service does not start without one). */
    String SUBSCRIBERS_SECRET = "test-subscribers-secret-of-at-least-32-chars";

    /** The inbound gateway's service token for the hotline's scenario routes. */
    String HOTLINE_TOKEN = "test-hotline-token-of-at-least-32-characters";
}
