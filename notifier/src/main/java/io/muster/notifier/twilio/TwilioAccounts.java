package io.muster.notifier.twilio;

import java.util.List;

/**
 * The Twilio accounts to send from, the primary first. One bean, so the SMS and the voice senders of
 * an account share its client and connection pool.
 */
public record TwilioAccounts(List<TwilioAccount> all) {

    public TwilioAccounts {
        all = List.copyOf(all);
    }
}
