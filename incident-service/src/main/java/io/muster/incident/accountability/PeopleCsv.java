package io.muster.incident.accountability;

import io.muster.incident.web.CsvExport;
import java.util.Arrays;
import java.util.List;

/**
 * HR's export: the rows of the people view as CSV, written like every export ({@link CsvExport}:
 * RFC 4180, and a field a spreadsheet would run as a formula is prefixed with an apostrophe).
 */
final class PeopleCsv {

    static final String HEADER = "employee_id,name,state,site,alternate_site,reporting_site,channel,source,"
            + "answered_at,late,answered_by,comment,location,person_id";

    private PeopleCsv() {}

    static String of(List<PersonRow> rows) {
        return CsvExport.of(Arrays.asList(HEADER.split(",")), rows.stream().map(PeopleCsv::values));
    }

    private static List<?> values(PersonRow r) {
        return Arrays.asList(
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
                r.personId());
    }
}
