package io.muster.incident.directory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person as a notification needs them: how to address them and in which language. */
public record Person(
        UUID id,
        String employeeId,
        String displayName,
        @Nullable String phone,
        @Nullable String email,
        String locale) {}
