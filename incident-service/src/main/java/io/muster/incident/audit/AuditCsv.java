package io.muster.incident.audit;

import java.util.List;

/** Writes audit entries as RFC 4180 CSV (fields quoted when they need it, formulas defused). */
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

    /** Quotes a field; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
