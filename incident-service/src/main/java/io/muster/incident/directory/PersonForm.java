package io.muster.incident.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person as the directory receives them, from the API or a row of the CSV import: both are checked
 * by these constraints and by {@link PersonEntry#of} (phones, time zone), so neither can store what
 * the other refuses.
 */
public record PersonForm(
        @NotBlank @Size(max = 64) String employeeId,
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 10) List<@NotBlank @Size(max = 40) String> phones,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Pattern(regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*") String locale,
        @Nullable @Size(max = 64) String timeZone,
        @Nullable UUID siteId,
        @Nullable @Size(max = 200) String department,
        @Nullable UUID managerId,
        @Nullable UUID deputyId,
        @Nullable @Size(max = 3) List<@NotBlank @Pattern(regexp = "SMS|VOICE|EMAIL") String> channels,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil) {}
