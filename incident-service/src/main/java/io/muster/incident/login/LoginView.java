package io.muster.incident.login;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A login as admins see it: never its password or hash. */
record LoginView(
        String username,
        List<String> roles,
        @Nullable UUID personId,
        @Nullable String employeeId,
        boolean disabled,
        Instant createdAt,
        Instant passwordChangedAt) {}
