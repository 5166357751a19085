package io.muster.incident.directory;

import io.muster.incident.web.InvalidFields;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's directory entry as stored: phones in E.164, defaults filled in. */
public record PersonEntry(
        UUID id,
        String employeeId,
        String name,
        List<String> phones,
        @Nullable String email,
        String locale,
        String timeZone,
        @Nullable UUID siteId,
        @Nullable String department,
        @Nullable UUID managerId,
        @Nullable UUID deputyId,
        List<String> channels,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil) {

    public static final List<String> DEFAULT_CHANNELS = List.of("SMS", "VOICE", "EMAIL");

    public static PersonEntry of(UUID id, PersonForm form) {
        List<InvalidFields.FieldError> errors = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> raw = form.phones() == null ? List.of() : form.phones();
        for (int i = 0; i < raw.size(); i++) {
            Optional<String> e164 = PhoneNumbers.e164(raw.get(i));
            e164.ifPresent(phones::add);
            if (e164.isEmpty()) {
                errors.add(new InvalidFields.FieldError("phones[" + i + "]", "not a valid phone number"));
            }
        }
        String zone =
                blankToNull(form.timeZone()) == null ? "UTC" : form.timeZone().trim();
        if (!isZone(zone)) {
            errors.add(new InvalidFields.FieldError("timeZone", "not a known time zone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return new PersonEntry(
                id,
                form.employeeId().trim(),
                form.name().trim(),
                List.copyOf(phones),
                blankToNull(form.email()),
                blankToNull(form.locale()) == null ? "en" : form.locale(),
                zone,
                form.siteId(),
                blankToNull(form.department()),
                form.managerId(),
                form.deputyId(),
                form.channels() == null || form.channels().isEmpty() ? DEFAULT_CHANNELS : List.copyOf(form.channels()),
                form.quietFrom(),
                form.quietUntil());
    }

    public static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
