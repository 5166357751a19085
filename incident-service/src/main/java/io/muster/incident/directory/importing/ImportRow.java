package io.muster.incident.directory.importing;

import io.muster.incident.directory.PersonEntry;
import io.muster.incident.directory.PersonForm;
import io.muster.incident.directory.RoleNames;
import io.muster.incident.web.ControlCharacters;
import io.muster.incident.web.InvalidFields;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "employeeId", "employee_id",
            "phones", "phone",
            "timeZone", "time_zone");

    /** A row that cannot be imported, and why. */
    static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Reads the row with the API's own rules ({@link PersonForm}'s constraints, {@link PersonEntry#of});
     * throws {@link Rejected} naming the first thing wrong with it.
     */
    static ImportRow read(CsvLines.Line line, Map<String, UUID> sites, Set<String> knownRoles, Validator validator) {
        if (line.fields().size() != COLUMNS.size()) {
            throw new Rejected("expected " + COLUMNS.size() + " columns, found "
                    + line.fields().size());
        }
        for (int column = 0; column < COLUMNS.size(); column++) {
            if (ControlCharacters.anyIn(line.fields().get(column))) {
                throw new Rejected(COLUMNS.get(column) + " contains control characters or line breaks");
            }
        }
        String employeeId = required(line, 0, "employee_id");
        List<String> roles = list(field(line, 10));
        if (roles.size() > RoleNames.MAX_PER_PERSON || roles.stream().anyMatch(role -> role.length() > 100)) {
            throw new Rejected("roles: at most " + RoleNames.MAX_PER_PERSON + " names of at most 100 characters");
        }
        List<String> unknownRoles =
                roles.stream().filter(r -> !knownRoles.contains(r)).toList();
        if (!unknownRoles.isEmpty()) throw new Rejected("unknown roles " + unknownRoles);
        var form = new PersonForm(
                employeeId,
                required(line, 1, "name"),
                list(field(line, 2)),
                field(line, 3),
                field(line, 4),
                field(line, 5),
                site(field(line, 6), sites),
                field(line, 7),
                null,
                null,
                list(field(line, 11)).stream()
                        .map(c -> c.toUpperCase(java.util.Locale.ROOT))
                        .toList(),
                null,
                null);
        return new ImportRow(
                line.number(), employeeId, checked(form, validator), field(line, 8), field(line, 9), roles);
    }

    private static PersonEntry checked(PersonForm form, Validator validator) {
        var broken = validator.validate(form).stream()
                .map(v -> column(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted()
                .findFirst();
        if (broken.isPresent()) throw new Rejected(broken.get());
        try {
            return PersonEntry.of(UUID.randomUUID(), form);
        } catch (InvalidFields e) {
            var first = e.errors().getFirst();
            throw new Rejected(column(first.field()) + " " + first.message());
        }
    }

    // "phones[2].<list element>" → "phone"
    private static String column(String path) {
        String field = path.replaceAll("[\\[.].*$", "");
        return COLUMN_OF_FIELD.getOrDefault(field, field);
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

    private static @Nullable UUID site(@Nullable String name, Map<String, UUID> sites) {
        if (name != null && name.length() > 200) throw new Rejected("site: at most 200 characters");
        if (name != null && !sites.containsKey(name)) throw new Rejected("unknown site " + name);
        return name == null ? null : sites.get(name);
    }
}
