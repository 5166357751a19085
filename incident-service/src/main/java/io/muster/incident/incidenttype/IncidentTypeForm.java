package io.muster.incident.incidenttype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The body of POST (code required) and PUT (code from the path) of an incident type. */
record IncidentTypeForm(
        @Nullable @Pattern(regexp = IncidentTypeForm.CODE, message = "must be A-Z, 0-9 and _, starting with a letter")
                String code,
        @NotBlank @Size(max = 120) String name,
        @Nullable Duration rto,
        @Nullable Boolean twoPersonApproval) {

    static final String CODE = "^[A-Z][A-Z0-9_]{0,39}$";
    static final Duration LONGEST_RTO = Duration.ofDays(366);

    IncidentType toType(String code) {
        return new IncidentType(code, name.strip(), rto, Boolean.TRUE.equals(twoPersonApproval));
    }

    boolean rtoOutOfRange() {
        return rto != null && (rto.isNegative() || rto.isZero() || rto.compareTo(LONGEST_RTO) > 0);
    }
}
