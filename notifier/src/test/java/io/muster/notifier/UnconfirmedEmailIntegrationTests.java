package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An SMTP relay that took the whole message and never answered: the attempt is ambiguous and SMTP
 * cannot be asked, so the email is never resent, and the person is moved on after a while.
 */
@TestPropertySource(
        properties = {
            "spring.mail.properties.mail.smtp.timeout=1000",
            "muster.notifier.unconfirmed-move-on-after=2s",
            "muster.notifier.unconfirmed-sweep-interval=300ms"
        })
class UnconfirmedEmailIntegrationTests extends NotifierIntegrationTest {

    private static final SilentSmtpRelay silentRelay = SilentSmtpRelay.start();

    @DynamicPropertySource
    static void secondaryRelayTakesMessagesSilently(DynamicPropertyRegistry registry) {
        registry.add("muster.mail.secondary.host", () -> "127.0.0.1");
        registry.add("muster.mail.secondary.port", silentRelay::port);
    }

    @Test
    void emailTheRelayMayHaveTakenIsNeverResentAndThePersonMovesOnToTheNextChannelAfterAWhile() {
        circuits.circuitBreaker("smtp").transitionToForcedOpenState(); // so the silent secondary gets it
        String email = freshEmail();
        String phone = freshPhoneNumber();
        ObjectNode request = request("NORMAL", "EMAIL", email, "SMS", phone);

        publish(topics.notificationRequests(), request);

        JsonNode unconfirmed = awaitOutcome(request, "NotificationFailed", "EMAIL");
        assertThat(unconfirmed.get("provider").asString()).isEqualTo("smtp-secondary");
        assertThat(unconfirmed.get("reason").asString())
                .startsWith("unconfirmed:")
                .contains("not resent");
        awaitOutcome(request, "NotificationSent", "SMS");
        assertThat(simulator.inbox(phone)).hasSize(1);
        assertThat(ledger(request, "EMAIL")).containsExactly("1:AMBIGUOUS");
        assertThat(silentRelay.messagesTaken()).isEqualTo(1);
        assertThat(mailTo(email)).isEmpty();
    }
}
