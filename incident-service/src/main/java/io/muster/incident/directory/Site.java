package io.muster.incident.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A site: where people work, and where they go when it cannot be used. */
record Site(
        @Nullable UUID id,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 500) String address,
        @Nullable UUID alternateSiteId) {

    Site withId(UUID newId) {
        return new Site(newId, name, address, alternateSiteId);
    }
}
