package io.muster.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.muster.incident.recipient.Counts;
import io.muster.incident.recipient.RecipientView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An incident as the API shows it, with its lifecycle and RTO; the list leaves out the recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IncidentView(
        @JsonUnwrapped Incident incident,
        @JsonUnwrapped Lifecycle lifecycle,
        Counts counts,
        @Nullable List<RecipientView> recipients) {}
