package io.muster.incident.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class PeopleImportIntegrationTests {

    private static final String HEADER =
            "employee_id,name,phone,email,locale,time_zone,site,department,manager_employee_id,deputy_employee_id,roles,channels\n";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void goodRowsLandAndBadRowsAreReportedWithTheirReason() {
        String p = "I" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = HEADER
                + p + "1,Ann One,+14155552671,ann@example.org,en,Europe/Paris,Riverside HQ,Ops,,"
                + p + "2,Staff;Incident Team,SMS;EMAIL\n"
                + p + "2,\"Bo, Two\",(415) 555-2672,,fr,,,,"
                + p + "1,,Staff,\n"
                + p + "3,Cy Three,12,,,,,,,,Staff,\n"
                + p + "4,Di Four,,,,,Nowhere,,,,Staff,\n"
                + p + "5,Ed Five,,,,,,,,,No Such Role,\n"
                + p + "6,Fa Six,,,,,,,nobody,,,\n";

        JsonNode report = importCsv(csv);

        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(report.get("rows").get(2).get("line").asInt()).isEqualTo(4);
        assertThat(report.get("rows").get(2).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(report.get("rows").get(2).get("reason").asString()).contains("phone");
        assertThat(report.get("rows").get(3).get("reason").asString()).contains("unknown site");
        assertThat(report.get("rows").get(4).get("reason").asString()).contains("unknown roles");
        assertThat(report.get("rows").get(5).get("reason").asString()).contains("manager_employee_id");
        assertThat(count("SELECT count(*) FROM people WHERE employee_id LIKE ?", p + "%"))
                .isEqualTo(2);
        assertThat(count(
                        "SELECT count(*) FROM people WHERE employee_id = ? AND display_name = 'Bo, Two' AND phone = '+14155552672'",
                        p + "2"))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM people a JOIN people b ON b.id = a.deputy_id WHERE a.employee_id = ?",
                        p + "1"))
                .isEqualTo(1);
    }

    @Test
    void reImportingChangesNothingAndAChangedRowIsUpdated() {
        String p = "R" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String first = HEADER + p + "1,Ann,,ann@example.org,,,,,,,Staff,\n" + p + "2,Bob,,,,,,,,,Staff,\n";
        assertThat(importCsv(first).get("created").asInt()).isEqualTo(2);

        assertThat(importCsv(first).get("unchanged").asInt()).isEqualTo(2);

        JsonNode changed = importCsv(first.replace("Bob", "Robert"));
        assertThat(changed.get("unchanged").asInt()).isEqualTo(1);
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("rows").get(1).get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(count("SELECT count(*) FROM people WHERE display_name = 'Robert' AND employee_id = ?", p + "2"))
                .isEqualTo(1);
    }

    @Test
    void aDeputyCycleInTheFileRejectsItsRows() {
        String p = "C" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = HEADER + p + "1,A,,,,,,,," + p + "2,,\n" + p + "2,B,,,,,,,," + p + "1,,\n" + p + "3,C,,,,,,,,,,\n";
        JsonNode report = importCsv(csv);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        assertThat(report.get("rows").get(0).get("reason").asString()).contains("deputy");
        assertThat(report.get("created").asInt()).isEqualTo(1);
    }

    @Test
    void tenThousandRowsImportInOneRequest() {
        String p = "B" + UUID.randomUUID().toString().substring(0, 8) + "-";
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append(p)
                    .append(i)
                    .append(",Person ")
                    .append(i)
                    .append(",+1415555")
                    .append(1000 + i % 9000);
            csv.append(",p").append(i).append("@example.org,en,UTC,Riverside HQ,Ops,");
            csv.append(i == 0 ? "" : p + "0").append(",,Staff,\n");
        }
        long start = System.nanoTime();
        JsonNode report = importCsv(csv.toString());
        System.out.printf("Imported 10,000 rows in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(report.get("created").asInt()).isEqualTo(10_000);
    }

    @Test
    void everyRowMeetsTheSameRulesAsTheApi() {
        String p = "V" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String twentyPhones = String.join(
                ";",
                java.util.stream.IntStream.range(0, 20)
                        .mapToObj(i -> "+1415555" + (2600 + i))
                        .toList());
        String csv = HEADER
                + p + "1," + "N".repeat(100_000) + ",,,,,,,,,Staff,\n"
                + p + "2,Twenty Phones," + twentyPhones + ",,,,,,,,Staff,\n"
                + p + "3,\"Line\nBreak\",,,,,,,,,Staff,\n"
                + p + "4,Bell\u0007Name,,,,,,,,,Staff,\n"
                + "X".repeat(65) + ",Long Id,,,,,,,,,Staff,\n"
                + p + "6,Bad Email,,not-an-email,,,,,,,Staff,\n"
                + p + "7,Bad Channel,,,,,,,,,Staff,PIGEON\n"
                + p + "8,Good Row,,,,,,,,,Staff,\n";

        JsonNode report = importCsv(csv);

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(7);
        assertThat(report.get("rows").get(0).get("reason").asString()).startsWith("name");
        assertThat(report.get("rows").get(1).get("reason").asString()).startsWith("phone");
        assertThat(report.get("rows").get(2).get("reason").asString()).contains("line breaks");
        assertThat(report.get("rows").get(3).get("reason").asString()).contains("control characters");
        assertThat(report.get("rows").get(4).get("reason").asString()).startsWith("employee_id");
        assertThat(report.get("rows").get(5).get("reason").asString()).startsWith("email");
        assertThat(report.get("rows").get(6).get("reason").asString()).startsWith("channels");
        assertThat(report.toString().length()).as("no 100 kB name echoed back").isLessThan(5_000);
        assertThat(count("SELECT count(*) FROM people WHERE employee_id LIKE ?", p + "%"))
                .isEqualTo(1);
    }

    @Test
    void aSpreadsheetsUtf8FileWithAByteOrderMarkAndWindowsLineEndingsImports() {
        String p = "E" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + p + "1,Ann,,,,,,,,,Staff,\r\n"
                + p + "2,\"Bo \"\"Two\"\"\",,,,,,,,,Staff,\r\n";

        JsonNode report = importCsv(csv);

        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("rows").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM people WHERE employee_id = ? AND display_name = 'Bo \"Two\"'", p + "2"))
                .isEqualTo(1);
    }

    @Test
    void aQuotedFieldThatIsNeverClosedIsABadRequestNamingItsLineAndNothingIsImported() {
        String p = "Q" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = HEADER + p + "1,Good,,,,,,,,,Staff,\n" + p + "2,\"Unclosed,,,,,,,,,Staff,\n" + p
                + "3,Lost,,,,,,,,,Staff,\n";

        http.mutate()
                .responseTimeout(java.time.Duration.ofMinutes(1))
                .build()
                .post()
                .uri("/api/people/import")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("line 3");
        assertThat(count("SELECT count(*) FROM people WHERE employee_id LIKE ?", p + "%"))
                .isZero();
    }

    @Test
    void aFileHoldingNulIsABadRequestAndNothingIsImported() {
        String p = "Z" + UUID.randomUUID().toString().substring(0, 8) + "-";
        http.post()
                .uri("/api/people/import")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(HEADER + p + "1,Good,,,,,,,,,Staff,\n" + p + "2,Nul\u0000Name,,,,,,,,,Staff,\n")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(count("SELECT count(*) FROM people WHERE employee_id LIKE ?", p + "%"))
                .isZero();
    }

    private JsonNode importCsv(String csv) {
        byte[] body = http.mutate()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .responseTimeout(java.time.Duration.ofMinutes(1))
                .build()
                .post()
                .uri("/api/people/import")
                .headers(h -> h.setBasicAuth("admin", IncidentServiceIntegrationTest.PASSWORD))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(body);
    }

    private long count(String sql, String parameter) {
        return new Fixtures(db).count(sql, parameter);
    }
}
