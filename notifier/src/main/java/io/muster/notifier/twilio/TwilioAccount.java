package io.muster.notifier.twilio;

import com.twilio.http.TwilioRestClient;

/**
 * One Twilio account to send from: its client, its number, and whether it is the secondary (whose
 * provider names end in "-secondary", e.g. "twilio-sms-secondary").
 */
public record TwilioAccount(TwilioRestClient client, String fromNumber, boolean secondary) {

    public String provider(String base) {
        return secondary ? base + "-secondary" : base;
    }
}
