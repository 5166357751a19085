package io.muster.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldTests {

    @Test
    void everyLeadingCharacterOnOwaspsListIsDefused() {
        assertThat(CsvField.of("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvField.of("+1")).isEqualTo("'+1");
        assertThat(CsvField.of("-1")).isEqualTo("'-1");
        assertThat(CsvField.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvField.of("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CsvField.of("\r=cmd")).isEqualTo("\"'\r=cmd\"");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvField.of("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvField.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvField.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvField.of(null)).isEmpty();
        assertThat(CsvField.of("plain")).isEqualTo("plain");
    }
}
