package io.muster.incident.incidenttype;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** An incident type as stored and shown; {@code rto} is absent when the type sets no objective. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentType(String code, String name, @Nullable Duration rto, boolean twoPersonApproval) {

    public static final String GENERAL = "GENERAL";
}
