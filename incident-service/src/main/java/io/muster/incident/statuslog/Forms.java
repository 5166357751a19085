package io.muster.incident.statuslog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies the status log accepts. */
final class Forms {

    private Forms() {}

    /** A status update; short enough to be read out on the hotline. */
    record PostStatusUpdate(@NotBlank @Size(max = 2000) String text) {}

    record PostSitrep(
            @NotBlank @Size(max = 4000) String conditions,
            @NotBlank @Size(max = 4000) String actions,
            @NotBlank @Size(max = 4000) String needs) {}
}
