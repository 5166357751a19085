package io.muster.incident.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit export defuses exactly what HR's people export does (one rule, {@code api.CsvField}). */
class AuditCsvTests {

    @Test
    void aFieldStartingWithATabOrACarriageReturnIsDefusedLikeAFormula() {
        assertThat(AuditCsv.field("\t=HYPERLINK(\"http://evil.example\")")).startsWith("\"'\t=");
        assertThat(AuditCsv.field("\r=1+1")).startsWith("\"'\r=");
        assertThat(AuditCsv.field("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void theExportIsOneCrlfLinePerEntryQuotedOnlyWhereNeeded() {
        UUID incident = UUID.fromString("0190f2a4-7c1e-7000-8000-000000000003");
        var declared = new AuditEntry(
                7,
                Instant.parse("2026-11-21T09:00:00Z"),
                incident,
                "commander",
                "INCIDENT_DECLARED",
                "Fire, \"east\" wing",
                Map.of("title", "Fire"));
        var login = new AuditEntry(
                8, Instant.parse("2026-11-21T09:01:00Z"), null, "+admin", "LOGIN_CREATED", null, Map.of());

        assertThat(AuditCsv.of(List.of(declared, login)))
                .isEqualTo("id,occurredAt,incidentId,actor,action,subject,details\r\n"
                        + "7,2026-11-21T09:00:00Z," + incident
                        + ",commander,INCIDENT_DECLARED,\"Fire, \"\"east\"\" wing\",{title=Fire}\r\n"
                        + "8,2026-11-21T09:01:00Z,,'+admin,LOGIN_CREATED,,{}\r\n");
    }
}
