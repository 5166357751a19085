package io.muster.incident.subscriber;

import io.muster.testkit.Golden;
import org.junit.jupiter.api.Test;

/** The subscription answers' page, byte for byte (golden/subscriber-page.txt), escaping included. */
class SubscriberPageGoldenTests {

    @Test
    void theSubscriptionPages() {
        String pages = SubscriberPage.html(
                        "Check your inbox", "If the address can receive mail, a confirmation link is on its way.")
                + "\n" + SubscriberPage.html("Unsubscribed", "You will receive no more mails from us.")
                + "\n";
        Golden.assertMatches("subscriber-page", pages);
    }
}
