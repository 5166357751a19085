package io.muster.gateway.sms;

import io.muster.gateway.correlation.ReplyCorrelator.TextReply;
import java.time.Instant;

/**
 * An SMS answer held until its request is indexed: its inbound-log entry, what it said and when it
 * arrived (the time it is published with), and until when it is held.
 *
 * @param checkedAt when it was last tried against the index (a request indexed since may be what it answers)
 */
record HeldReply(
        long inboundId,
        String phone,
        String messageSid,
        String body,
        Instant receivedAt,
        Instant holdUntil,
        Instant checkedAt) {

    TextReply text() {
        return new TextReply(phone, body);
    }
}
