package io.muster.incident.audit;

import io.muster.incident.api.CsvField;
import java.util.List;

/** Writes audit entries as RFC 4180 CSV (fields quoted and formulas defused by {@link CsvField}). */
final class AuditCsv {

    private AuditCsv() {}

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder("id,occurredAt,incidentId,actor,action,subject,details\r\n");
        for (AuditEntry entry : entries) {
            csv.append(entry.id())
                    .append(',')
                    .append(entry.occurredAt())
                    .append(',')
                    .append(entry.incidentId() == null ? "" : entry.incidentId())
                    .append(',')
                    .append(field(entry.actor()))
                    .append(',')
                    .append(field(entry.action()))
                    .append(',')
                    .append(field(entry.subject()))
                    .append(',')
                    .append(field(entry.details().toString()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** One field, quoted and defused by the service's one rule ({@link CsvField}). */
    static String field(String value) {
        return CsvField.of(value);
    }
}
