package io.muster.incident.directory.importing;

import io.muster.incident.directory.PersonEntries;
import io.muster.incident.directory.PersonEntry;
import io.muster.incident.directory.importing.ImportReport.Outcome;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Imports people from CSV, idempotent by employee id: every row is checked in Java against a
 * snapshot of the directory, then the new and changed rows are written with a few set-based
 * statements in one transaction. Good rows land; bad rows are reported with the reason.
 */
@Component
class PeopleImport {

    private final Jdbc jdbc;
    private final PersonEntries entries;
    private final Validator validator;

    PeopleImport(Jdbc jdbc, PersonEntries entries, Validator validator) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.validator = validator;
    }

    Mono<ImportReport> run(String csv) {
        List<CsvLines.Line> lines = CsvLines.parse(csv);
        requireHeader(lines);
        return jdbc.transactional(() -> importRows(lines.subList(1, lines.size())));
    }

    private ImportReport importRows(List<CsvLines.Line> lines) {
        var snapshot = DirectorySnapshot.read(jdbc.client(), employeeIds(lines));
        Map<Integer, String> rejections = new LinkedHashMap<>();
        Map<String, ImportRow> rows = new LinkedHashMap<>();
        for (CsvLines.Line line : lines) {
            try {
                ImportRow row = ImportRow.read(line, snapshot.sites(), snapshot.roles(), validator);
                if (rows.putIfAbsent(row.employeeId(), row) != null) {
                    rejections.put(line.number(), "employee_id appears on an earlier line");
                }
            } catch (ImportRow.Rejected e) {
                rejections.put(line.number(), e.getMessage());
            }
        }
        var resolved = new References(snapshot, rows, rejections).resolve();
        return write(lines, snapshot, resolved, rejections);
    }

    private ImportReport write(
            List<CsvLines.Line> lines,
            DirectorySnapshot snapshot,
            Map<String, ResolvedRow> resolved,
            Map<Integer, String> rejections) {
        List<PersonEntry> changed = new ArrayList<>();
        List<UUID> rolePeople = new ArrayList<>();
        List<String> roleNames = new ArrayList<>();
        Map<Integer, ImportReport.Row> report = new LinkedHashMap<>();
        for (ResolvedRow row : resolved.values()) {
            var existing = snapshot.people().get(row.employeeId());
            Outcome outcome =
                    existing == null ? Outcome.CREATED : row.sameAs(existing) ? Outcome.UNCHANGED : Outcome.UPDATED;
            report.put(row.line(), new ImportReport.Row(row.line(), row.employeeId(), outcome, null));
            if (outcome != Outcome.UNCHANGED) {
                changed.add(row.entry());
                row.roles().forEach(role -> {
                    rolePeople.add(row.entry().id());
                    roleNames.add(role);
                });
            }
        }
        entries.save(changed);
        entries.replaceRoles(changed.stream().map(PersonEntry::id).toList(), rolePeople, roleNames);
        return ImportReport.of(lines.stream()
                .map(line -> report.getOrDefault(
                        line.number(),
                        new ImportReport.Row(
                                line.number(),
                                line.fields().isEmpty() ? null : ImportRow.field(line, 0),
                                Outcome.REJECTED,
                                rejections.get(line.number()))))
                .toList());
    }

    private static Set<String> employeeIds(List<CsvLines.Line> lines) {
        Set<String> ids = new HashSet<>();
        for (CsvLines.Line line : lines) {
            for (int column : new int[] {0, 8, 9}) {
                if (line.fields().size() > column && ImportRow.field(line, column) != null) {
                    ids.add(ImportRow.field(line, column));
                }
            }
        }
        return ids;
    }

    private static void requireHeader(List<CsvLines.Line> lines) {
        List<String> header = lines.isEmpty()
                ? List.of()
                : lines.getFirst().fields().stream().map(String::trim).toList();
        if (!header.equals(ImportRow.COLUMNS)) {
            throw new InvalidFields(List.of(new InvalidFields.FieldError(
                    "header", "the first line must be " + String.join(",", ImportRow.COLUMNS))));
        }
    }
}
