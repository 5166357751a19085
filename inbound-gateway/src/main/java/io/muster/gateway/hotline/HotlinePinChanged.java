package io.muster.gateway.hotline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The hotline's tolerant reading of HotlinePinChanged v1 (from the incident-service, key personId). */
@JsonIgnoreProperties(ignoreUnknown = true)
record HotlinePinChanged(
        @Nullable String type,
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID personId,
        @Nullable String employeeId,
        @Nullable String pinHash) {

    boolean complete() {
        return "HotlinePinChanged".equals(type)
                && eventId != null
                && occurredAt != null
                && personId != null
                && pinHash != null
                && pinHash.startsWith("{bcrypt}");
    }

    /** The employee id as typed on a keypad: its digits only, null when there are none. */
    @Nullable
    String employeeDigits() {
        String digits = employeeId == null ? "" : employeeId.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
