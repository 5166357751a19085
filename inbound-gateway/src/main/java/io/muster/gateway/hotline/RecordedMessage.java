package io.muster.gateway.hotline;

import io.muster.gateway.web.WebhookForm;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recording status callback: Twilio's recording of one caller's message, with the caller we identified (none
 * for an unidentified caller) and the incident the message is for, or whom an unverified caller claimed to be.
 */
record RecordedMessage(
        String callSid,
        String recordingSid,
        String recordingUrl,
        String status,
        int durationSeconds,
        @Nullable String callerNumber,
        @Nullable UUID personId,
        @Nullable UUID incidentId,
        @Nullable UUID claimedPersonId) {

    static RecordedMessage from(
            WebhookForm form, @Nullable UUID personId, @Nullable UUID incidentId, @Nullable UUID claimedPersonId) {
        String duration = form.optional("RecordingDuration");
        return new RecordedMessage(
                form.get("CallSid"),
                form.get("RecordingSid"),
                form.get("RecordingUrl"),
                form.get("RecordingStatus"),
                duration == null || !duration.strip().matches("\\d{1,6}") ? 0 : Integer.parseInt(duration.strip()),
                null,
                personId,
                incidentId,
                personId == null ? claimedPersonId : null);
    }

    RecordedMessage from(@Nullable String number) {
        return new RecordedMessage(
                callSid,
                recordingSid,
                recordingUrl,
                status,
                durationSeconds,
                number,
                personId,
                incidentId,
                claimedPersonId);
    }

    boolean completed() {
        return "completed".equals(status);
    }

    boolean identified() {
        return personId != null && incidentId != null;
    }
}
