package io.muster.incident.directory.importing;

import io.muster.incident.directory.PersonEntry;
import io.muster.incident.directory.PhoneNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One data row, checked on its own: everything but the people it refers to. */
record ImportRow(
        int line,
        String employeeId,
        PersonEntry entry,
        @Nullable String managerEmployeeId,
        @Nullable String deputyEmployeeId,
        List<String> roles) {

    static final List<String> COLUMNS = List.of(
            "employee_id",
            "name",
            "phone",
            "email",
            "locale",
            "time_zone",
            "site",
            "department",
            "manager_employee_id",
            "deputy_employee_id",
            "roles",
            "channels");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private static final Set<String> CHANNELS = Set.copyOf(PersonEntry.DEFAULT_CHANNELS);

    /** A row that cannot be imported, and why. */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads the row; throws {@link Rejected} naming the first thing wrong with it. */
    static ImportRow read(CsvLines.Line line, Map<String, UUID> sites, Set<String> knownRoles) {
        if (line.fields().size() != COLUMNS.size()) {
            throw new Rejected("expected " + COLUMNS.size() + " columns, found "
                    + line.fields().size());
        }
        String employeeId = required(line, 0, "employee_id");
        List<String> roles = list(field(line, 10));
        List<String> unknownRoles =
                roles.stream().filter(r -> !knownRoles.contains(r)).toList();
        if (!unknownRoles.isEmpty()) throw new Rejected("unknown roles " + unknownRoles);
        var entry = new PersonEntry(
                UUID.randomUUID(),
                employeeId,
                required(line, 1, "name"),
                phones(field(line, 2)),
                email(field(line, 3)),
                locale(field(line, 4)),
                zone(field(line, 5)),
                site(field(line, 6), sites),
                field(line, 7),
                null,
                null,
                channels(field(line, 11)),
                null,
                null);
        return new ImportRow(line.number(), employeeId, entry, field(line, 8), field(line, 9), roles);
    }

    static @Nullable String field(CsvLines.Line line, int column) {
        return PersonEntry.blankToNull(line.fields().get(column));
    }

    private static String required(CsvLines.Line line, int column, String name) {
        String value = field(line, column);
        if (value == null) throw new Rejected(name + " is missing");
        return value;
    }

    private static List<String> list(@Nullable String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(";"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }

    private static List<String> phones(@Nullable String value) {
        List<String> phones = new ArrayList<>();
        for (String raw : list(value)) {
            Optional<String> e164 = PhoneNumbers.e164(raw);
            if (e164.isEmpty()) throw new Rejected("phone is not a valid phone number");
            if (!phones.contains(e164.get())) phones.add(e164.get());
        }
        return List.copyOf(phones);
    }

    private static @Nullable String email(@Nullable String value) {
        if (value != null && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            throw new Rejected("email is not a valid address");
        }
        return value;
    }

    private static String locale(@Nullable String value) {
        if (value != null && !LOCALE.matcher(value).matches()) throw new Rejected("locale is not a language tag");
        return value == null ? "en" : value;
    }

    private static String zone(@Nullable String value) {
        if (value != null && !PersonEntry.isZone(value)) throw new Rejected("unknown time zone " + value);
        return value == null ? "UTC" : value;
    }

    private static @Nullable UUID site(@Nullable String name, Map<String, UUID> sites) {
        if (name != null && !sites.containsKey(name)) throw new Rejected("unknown site " + name);
        return name == null ? null : sites.get(name);
    }

    private static List<String> channels(@Nullable String value) {
        List<String> channels = list(value).stream()
                .map(c -> c.toUpperCase(java.util.Locale.ROOT))
                .toList();
        List<String> unknown =
                channels.stream().filter(c -> !CHANNELS.contains(c)).toList();
        if (!unknown.isEmpty()) throw new Rejected("unknown channels " + unknown);
        return channels.isEmpty() ? PersonEntry.DEFAULT_CHANNELS : channels;
    }
}
