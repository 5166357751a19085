package io.muster.incident.directory;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person as the directory API shows them ({@code phone} is the first of {@code phones}). */
record PersonView(
        UUID id,
        String employeeId,
        String name,
        @Nullable UUID siteId,
        @Nullable String site,
        List<String> roles,
        @Nullable String phone,
        List<String> phones,
        @Nullable String email,
        String locale,
        String timeZone,
        @Nullable String department,
        @Nullable UUID managerId,
        @Nullable UUID deputyId,
        List<String> channels,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil) {}
