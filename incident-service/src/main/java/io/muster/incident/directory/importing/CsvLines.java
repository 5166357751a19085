package io.muster.incident.directory.importing;

import io.muster.incident.web.InvalidFields;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The import's file as records (RFC 4180, read by jackson-dataformat-csv): quoted fields may hold
 * commas, doubled quotes and line breaks; lines end with LF or CRLF; a leading byte order mark (as
 * spreadsheets save UTF-8) is skipped; blank lines are skipped but counted. Each record keeps the
 * line it starts on, so the report names the line a user sees in an editor.
 */
final class CsvLines {

    /** One record and the line it starts on (1 is the header). */
    record Line(int number, List<String> fields) {}

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvLines() {}

    /** The records of {@code text}; a quoted field left open or followed by text is a 400 naming its line. */
    static List<Line> parse(String text) {
        String csv = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        int start = 1;
        try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(csv)) {
            List<String> fields = new ArrayList<>();
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && ++depth == 2) {
                    start = parser.currentLocation().getLineNr();
                    fields = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    add(lines, start, fields);
                } else if (token.isScalarValue()) {
                    fields.add(parser.getString());
                }
            }
        } catch (StreamReadException e) {
            throw new InvalidFields(List.of(new InvalidFields.FieldError(
                    "line " + start,
                    "a quoted field must end with a quote followed by a comma or the end of the line")));
        }
        return lines;
    }

    private static void add(List<Line> lines, int start, List<String> fields) {
        boolean blank = fields.size() == 1 && fields.getFirst().isBlank();
        if (!blank && !fields.isEmpty()) {
            lines.add(new Line(start, List.copyOf(fields)));
        }
    }
}
