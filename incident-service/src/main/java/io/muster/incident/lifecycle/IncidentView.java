package io.muster.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.muster.incident.recipient.Counts;
import io.muster.incident.recipient.RecipientView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An incident as the API shows it, with its lifecycle and RTO; the list leaves out the recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IncidentView(
        UUID id,
        String title,
        String message,
        Severity severity,
        Priority priority,
        boolean exercise,
        String status,
        String declaredBy,
        Instant declaredAt,
        @JsonUnwrapped Lifecycle lifecycle,
        Counts counts,
        @Nullable List<RecipientView> recipients) {

    static IncidentView of(
            Incident incident, Lifecycle lifecycle, Counts counts, @Nullable List<RecipientView> recipients) {
        return new IncidentView(
                incident.id(),
                incident.title(),
                incident.message(),
                incident.severity(),
                incident.priority(),
                incident.exercise(),
                incident.status(),
                incident.declaredBy(),
                incident.declaredAt(),
                lifecycle,
                counts,
                recipients);
    }
}
