package io.muster.gateway.sms;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What came of an SMS reply, as the inbound log records it, and what we text back.
 *
 * @param forNoOperator logged neither correlated nor uncorrelated, so it stays out of the operators' list: a
 *     STOP/START/HELP that answered no request, or a reply held until its request is known
 */
record SmsOutcome(String outcome, @Nullable UUID notificationId, String reply, boolean forNoOperator) {

    static final String HELD = "HELD";

    SmsOutcome(String outcome, @Nullable UUID notificationId, String reply) {
        this(outcome, notificationId, reply, false);
    }

    static SmsOutcome keyword(String outcome, String reply) {
        return new SmsOutcome(outcome, null, reply, true);
    }

    /** An answer that matched nothing yet: held, not (yet) for an operator. */
    static SmsOutcome held(String reply) {
        return new SmsOutcome(HELD, null, reply, true);
    }

    SmsOutcome withHelp(String help) {
        return new SmsOutcome(outcome, notificationId, reply + " " + help, forNoOperator);
    }
}
