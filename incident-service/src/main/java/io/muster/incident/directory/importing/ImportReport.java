package io.muster.incident.directory.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an import did, row by row. */
record ImportReport(int created, int updated, int unchanged, int rejected, List<Row> rows) {

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /** One data row: its line in the file, its employee id and what became of it. */
    record Row(int line, @Nullable String employeeId, Outcome outcome, @Nullable String reason) {}

    static ImportReport of(List<Row> rows) {
        return new ImportReport(
                count(rows, Outcome.CREATED),
                count(rows, Outcome.UPDATED),
                count(rows, Outcome.UNCHANGED),
                count(rows, Outcome.REJECTED),
                rows);
    }

    private static int count(List<Row> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
