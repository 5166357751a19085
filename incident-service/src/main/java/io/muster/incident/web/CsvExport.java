package io.muster.incident.web;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * CSV as every export of the service writes it: RFC 4180 by jackson-dataformat-csv, a CRLF after
 * every line, a field quoted only when it holds a comma, a quote or a line break, and every value
 * defused by {@link CsvField} before it is written.
 */
public final class CsvExport {

    private static final ObjectWriter LINES = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build()
            .writerFor(String[].class)
            .with(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private CsvExport() {}

    /** The header line, then one line per row (its values in the header's order). */
    public static String of(List<String> header, Stream<? extends List<?>> rows) {
        StringWriter csv = new StringWriter();
        try (SequenceWriter lines = LINES.writeValues(csv)) {
            lines.write(header.toArray(String[]::new));
            rows.forEach(row -> lines.write(row.stream().map(CsvField::defused).toArray(String[]::new)));
        }
        return csv.toString();
    }

    /** One value as a line holds it: quoted if it must be (not defused: {@link CsvField#of} does both). */
    static String field(String value) {
        String line = LINES.writeValueAsString(new String[] {value});
        return line.substring(0, line.length() - 2);
    }
}
