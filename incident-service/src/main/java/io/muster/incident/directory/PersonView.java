package io.muster.incident.directory;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person as the directory API shows them. */
record PersonView(
        UUID id,
        String employeeId,
        String name,
        @Nullable String site,
        List<String> roles,
        @Nullable String phone,
        @Nullable String email,
        String locale) {}
