package io.muster.gateway.sms;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What came of an SMS reply, as the inbound log records it, and what we text back.
 *
 * @param keyword a STOP/START/HELP that answered no request: logged neither correlated nor uncorrelated
 */
record SmsOutcome(String outcome, @Nullable UUID notificationId, String reply, boolean keyword) {

    SmsOutcome(String outcome, @Nullable UUID notificationId, String reply) {
        this(outcome, notificationId, reply, false);
    }

    static SmsOutcome keyword(String outcome, String reply) {
        return new SmsOutcome(outcome, null, reply, true);
    }

    SmsOutcome withHelp(String help) {
        return new SmsOutcome(outcome, notificationId, reply + " " + help, keyword);
    }
}
