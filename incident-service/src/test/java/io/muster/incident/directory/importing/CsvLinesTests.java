package io.muster.incident.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.directory.importing.CsvLines.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the import reads a file: RFC 4180, each record with the line it starts on (1 is the header). */
class CsvLinesTests {

    @Test
    void windowsLineEndingsEndRecordsAndLeaveNoCarriageReturnBehind() {
        assertThat(CsvLines.parse("a,b\r\nc,d\r\n"))
                .containsExactly(new Line(1, List.of("a", "b")), new Line(2, List.of("c", "d")));
    }

    @Test
    void aQuotedFieldHoldsCommasDoubledQuotesAndLineBreaksAndLaterLinesKeepTheirNumbers() {
        assertThat(CsvLines.parse("h\n\"Bo, Two\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row\n"))
                .containsExactly(
                        new Line(1, List.of("h")),
                        new Line(2, List.of("Bo, Two", "say \"hi\"", "two\nlines")),
                        new Line(4, List.of("next", "row")));
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        assertThat(CsvLines.parse("h\n\n   \r\nrow\n\n"))
                .containsExactly(new Line(1, List.of("h")), new Line(4, List.of("row")));
    }

    @Test
    void emptyFieldsAreKeptSoAMissingColumnShows() {
        assertThat(CsvLines.parse("a,,\n,b"))
                .containsExactly(new Line(1, List.of("a", "", "")), new Line(2, List.of("", "b")));
    }

    @Test
    void spacesAreKeptAsTheyAre() {
        assertThat(CsvLines.parse(" a , b ")).containsExactly(new Line(1, List.of(" a ", " b ")));
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(CsvLines.parse("")).isEmpty();
        assertThat(CsvLines.parse("\n\r\n")).isEmpty();
    }
}
