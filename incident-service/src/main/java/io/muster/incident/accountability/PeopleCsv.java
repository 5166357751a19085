package io.muster.incident.accountability;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * HR's export: the rows of the people view as RFC 4180 CSV. A field a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
 */
final class PeopleCsv {

    static final String HEADER = "employee_id,name,state,site,alternate_site,reporting_site,channel,source,"
            + "answered_at,late,answered_by,comment,location,person_id";

    private PeopleCsv() {}

    static String of(List<PersonRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (PersonRow row : rows) {
            csv.append(line(row)).append("\r\n");
        }
        return csv.toString();
    }

    private static String line(PersonRow r) {
        return Stream.of(
                        r.employeeId(),
                        r.name(),
                        r.state(),
                        r.site(),
                        r.alternateSite(),
                        r.reportingSite(),
                        r.channel(),
                        r.source(),
                        r.answeredAt(),
                        r.late(),
                        r.answeredBy(),
                        r.comment(),
                        r.location(),
                        r.personId())
                .map(PeopleCsv::field)
                .collect(Collectors.joining(","));
    }

    static String field(@Nullable Object value) {
        return io.muster.incident.api.CsvField.of(value);
    }
}
