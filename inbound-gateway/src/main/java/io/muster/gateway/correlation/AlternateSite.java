package io.muster.gateway.correlation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Where a person at an affected site reports if their site cannot be used (NotificationRequested's
 * {@code alternateSite}): the site, the alternate's name and, when known, its address.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlternateSite(@Nullable String site, @Nullable String name, @Nullable String address) {

    /** Only an alternate with a name says where to go. */
    public boolean named() {
        return name != null && !name.isBlank();
    }
}
