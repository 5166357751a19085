package io.muster.incident.callout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call-out as the commander sees it: what was asked, how many were asked, who is coming (the yes
 * answers that took one of the places), how many said no or not yet, and whether it is FILLED (N said
 * yes: asking stopped and the others were released) or still OPEN.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Callout(
        UUID id,
        UUID incidentId,
        int needed,
        List<String> roles,
        StartCallout.ReportTo reportTo,
        String message,
        String requestKey,
        String requestedBy,
        Instant requestedAt,
        String status,
        @Nullable Instant filledAt,
        int asked,
        List<Coming> coming,
        int declined,
        int noAnswer) {

    /** A person who said yes and took a place. */
    record Coming(UUID personId, String employeeId, String name, Instant answeredAt, String channel) {}
}
