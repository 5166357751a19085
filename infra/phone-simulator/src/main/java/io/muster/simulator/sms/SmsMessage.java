package io.muster.simulator.sms;

import java.time.Instant;

/** A message created through the REST API; a new copy replaces it as its status advances. */
record SmsMessage(
        String sid,
        String accountSid,
        String from,
        String to,
        String body,
        String messagingServiceSid,
        String statusCallback,
        int numSegments,
        Instant created,
        Instant updated,
        String status,
        Integer errorCode) {

    SmsMessage withStatus(String newStatus, Integer newErrorCode) {
        return new SmsMessage(
                sid,
                accountSid,
                from,
                to,
                body,
                messagingServiceSid,
                statusCallback,
                numSegments,
                created,
                Instant.now(),
                newStatus,
                newErrorCode);
    }

    /** GSM-7 text fits 160 characters (153 per part); anything else is UCS-2 with 70 (67 per part). */
    static int segments(String body) {
        boolean gsm = body.chars().allMatch(c -> c < 128);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return body.length() <= single ? 1 : (body.length() + part - 1) / part;
    }
}
