package io.muster.incident.pin;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether a person has a hotline PIN, and who set it when (never the PIN or its hash). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PinStatus(boolean set, @Nullable String setBy, @Nullable Instant setAt) {

    static final PinStatus NONE = new PinStatus(false, null, null);
}
