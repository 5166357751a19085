package io.muster.simulator.voice;

import java.time.Duration;
import java.time.Instant;

/** A call through the simulator; a new copy replaces it as it progresses. */
record VoiceCall(
        String sid,
        String accountSid,
        String from,
        String to,
        String direction,
        Request request,
        Instant created,
        Instant updated,
        String status,
        Instant startTime,
        Instant endTime,
        String answeredBy) {

    /** What the creator asked for: where the TwiML comes from and where status goes. */
    record Request(
            String url,
            String method,
            String twiml,
            String statusCallback,
            String statusCallbackMethod,
            boolean machineDetection) {}

    static VoiceCall queued(String sid, String accountSid, String from, String to, String direction, Request request) {
        Instant now = Instant.now();
        return new VoiceCall(sid, accountSid, from, to, direction, request, now, now, "queued", null, null, null);
    }

    VoiceCall inProgress(String answeredBy) {
        Instant now = Instant.now();
        return new VoiceCall(
                sid, accountSid, from, to, direction, request, created, now, "in-progress", now, null, answeredBy);
    }

    VoiceCall ended(String finalStatus) {
        Instant now = Instant.now();
        return new VoiceCall(
                sid, accountSid, from, to, direction, request, created, now, finalStatus, startTime, now, answeredBy);
    }

    /** Whole seconds the call was connected; Twilio rounds up. */
    int durationSeconds() {
        if (startTime == null) {
            return 0;
        }
        Instant end = endTime == null ? Instant.now() : endTime;
        long millis = Duration.between(startTime, end).toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}
