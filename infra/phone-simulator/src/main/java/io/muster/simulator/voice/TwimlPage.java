package io.muster.simulator.voice;

import io.muster.simulator.WebhookResult;
import io.muster.simulator.twilio.Twiml;
import java.net.URI;

/** TwiML a call is reading, with the URL it came from (null for inline TwiML) to resolve relative actions. */
record TwimlPage(String url, Twiml twiml, WebhookResult result) {

    static TwimlPage inline(String twiml) {
        return new TwimlPage(null, Twiml.parse(twiml), null);
    }

    /** An action URL as the TwiML wrote it, resolved against this page; blank means this page's own URL. */
    String resolve(String action) {
        if (action == null || action.isBlank()) {
            return url;
        }
        return url == null
                ? action.strip()
                : URI.create(url).resolve(action.strip()).toString();
    }
}
