package io.muster.gateway.hotline;

import io.muster.gateway.PhoneNumbers;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of a caller the hotline could not identify, as operators list it: the number masked (last two
 * digits), where to listen to it, whom the caller claimed to be without proving it (if they typed an employee id),
 * and, once attached, to whom, by whom and why.
 */
record HotlineMessageView(
        String recordingSid,
        Instant recordedAt,
        @Nullable String from,
        int durationSeconds,
        String recordingUrl,
        boolean attached,
        @Nullable UUID personId,
        @Nullable UUID incidentId,
        @Nullable String attachedBy,
        @Nullable Instant attachedAt,
        @Nullable String comment,
        @Nullable UUID claimedPersonId) {

    static final String COLUMNS = "recording_sid, recorded_at, caller_number, duration_seconds, recording_url,"
            + " person_id, incident_id, attached_by, attached_at, attach_comment, claimed_person_id";

    static HotlineMessageView of(Readable row) {
        String caller = row.get("caller_number", String.class);
        Integer duration = row.get("duration_seconds", Integer.class);
        String attachedBy = row.get("attached_by", String.class);
        return new HotlineMessageView(
                row.get("recording_sid", String.class),
                row.get("recorded_at", Instant.class),
                caller == null ? null : PhoneNumbers.masked(caller),
                duration == null ? 0 : duration,
                row.get("recording_url", String.class),
                attachedBy != null,
                row.get("person_id", UUID.class),
                row.get("incident_id", UUID.class),
                attachedBy,
                row.get("attached_at", Instant.class),
                row.get("attach_comment", String.class),
                row.get("claimed_person_id", UUID.class));
    }
}
