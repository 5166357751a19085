package io.muster.incident.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit export defuses exactly what HR's people export does (one rule, {@code api.CsvField}). */
class AuditCsvTests {

    @Test
    void aFieldStartingWithATabOrACarriageReturnIsDefusedLikeAFormula() {
        assertThat(AuditCsv.field("\t=HYPERLINK(\"http://evil.example\")")).startsWith("\"'\t=");
        assertThat(AuditCsv.field("\r=1+1")).startsWith("\"'\r=");
        assertThat(AuditCsv.field("=1+1")).isEqualTo("'=1+1");
    }
}
