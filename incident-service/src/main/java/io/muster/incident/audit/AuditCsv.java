package io.muster.incident.audit;

import io.muster.incident.web.CsvExport;
import io.muster.incident.web.CsvField;
import java.util.Arrays;
import java.util.List;

/** Writes audit entries as CSV, like every export ({@link CsvExport}: RFC 4180, formulas defused). */
final class AuditCsv {

    private static final List<String> HEADER =
            List.of("id", "occurredAt", "incidentId", "actor", "action", "subject", "details");

    private AuditCsv() {}

    static String of(List<AuditEntry> entries) {
        return CsvExport.of(
                HEADER,
                entries.stream()
                        .map(entry -> Arrays.asList(
                                entry.id(),
                                entry.occurredAt(),
                                entry.incidentId(),
                                entry.actor(),
                                entry.action(),
                                entry.subject(),
                                entry.details())));
    }

    /** One field as the export writes it ({@link CsvField}, the service's one rule). */
    static String field(String value) {
        return CsvField.of(value);
    }
}
