package io.muster.incident.directory.importing;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvLines {

    /** One record and the line it starts on (1 is the header). */
    record Line(int number, List<String> fields) {}

    private CsvLines() {}

    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                end(lines, fields, field, start);
                start = ++line;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        end(lines, fields, field, start);
        return lines;
    }

    private static void end(List<Line> lines, List<String> fields, StringBuilder field, int start) {
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.size() == 1 && fields.getFirst().isBlank();
        if (!blank) {
            lines.add(new Line(start, List.copyOf(fields)));
        }
        fields.clear();
    }
}
