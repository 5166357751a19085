package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * The people of the week: fresh people in a fresh role, seeded through the incident-service's API (one CSV
 * import), each with a phone of their own in the simulator (valid US numbers of one random block, apart from
 * the demo people and the fault suite's cohorts) and an email address. Employee ids carry a random run number,
 * so the hotline's digits-only match finds exactly one person.
 */
final class WeekCast {

    private static final String COLUMNS =
            "employee_id,name,phone,email,locale,time_zone,site,department,manager_employee_id,"
                    + "deputy_employee_id,roles,channels\n";

    /** One person: how they are reached and in which language they read. */
    record Member(String name, String employeeId, String phone, String email, String locale, String channels) {

        boolean french() {
            return locale.startsWith("fr");
        }

        /** The employee id as typed on a keypad (its digits). */
        String keypadId() {
            return employeeId.replaceAll("\\D", "");
        }
    }

    private final String run;
    private final String role;
    private final String phonePrefix;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, UUID> personIds = new LinkedHashMap<>();

    private WeekCast(String run) {
        this.run = run;
        this.role = "week-" + run;
        int exchange = 220 + Integer.parseInt(run) % 700;
        // N11 exchanges (311, 411, ...) and 555 are not ordinary numbers: the directory would refuse them.
        this.phonePrefix = "+1206" + (exchange % 100 == 11 || exchange == 555 ? exchange + 1 : exchange);
    }

    /** A cast with a fresh run number; {@link #add} people, then {@link #seed}. */
    static WeekCast fresh() {
        return new WeekCast(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000)));
    }

    String run() {
        return run;
    }

    String role() {
        return role;
    }

    Member add(String name, String locale, String channels) {
        int index = members.size() + 1;
        String first = name.split(" ")[0].toLowerCase();
        Member member = new Member(
                name,
                "WK" + run + index,
                phonePrefix + "%04d".formatted(Integer.parseInt(run) % 900 + index),
                first + "." + run + "@example.org",
                locale,
                channels);
        members.put(member.employeeId(), member);
        return member;
    }

    /** A number of the same block that belongs to nobody in the directory (a desk phone, say). */
    String unlistedPhone() {
        return phonePrefix + "%04d".formatted(Integer.parseInt(run) % 900 + 99);
    }

    List<Member> members() {
        return List.copyOf(members.values());
    }

    UUID idOf(Member member) {
        return personIds.get(member.employeeId());
    }

    /** Creates the role and the people (one CSV import), then reads their ids from the directory. */
    void seed(StackClient client) {
        assertStatus(client.postAs("admin", "/api/roles", "{\"name\":\"" + role + "\"}"), 201);
        StringBuilder csv = new StringBuilder(COLUMNS);
        for (Member m : members.values()) {
            csv.append("%s,%s,%s,%s,%s,UTC,,,,,%s,%s\n"
                    .formatted(m.employeeId(), m.name(), m.phone(), m.email(), m.locale(), role, m.channels()));
        }
        HttpResponse<String> imported = client.postCsvAs("admin", "/api/people/import", csv.toString());
        assertStatus(imported, 200);
        assertThat(StackClient.json(imported.body()).get("created").asInt())
                .as(imported.body())
                .isEqualTo(members.size());
        for (JsonNode person : client.getAs("admin", "/api/people?size=100&q=WK" + run)) {
            personIds.put(
                    person.get("employeeId").asText(),
                    UUID.fromString(person.get("id").asText()));
        }
        assertThat(personIds.keySet()).containsExactlyInAnyOrderElementsOf(members.keySet());
    }

    /** HR resets the person's hotline PIN and reads it once (what HR tells the person on the phone). */
    String resetPin(StackClient client, Member member) {
        HttpResponse<String> reset = client.postAs("hr", "/api/people/" + idOf(member) + "/hotline-pin/reset", "{}");
        assertStatus(reset, 200);
        return StackClient.json(reset.body()).get("pin").asText();
    }

    /** A call tree whose one level is the whole cast and whose steps fall due after {@code stepTimeout}. */
    UUID callTree(StackClient client, String stepTimeout) {
        HttpResponse<String> created = client.postAs(
                "commander",
                "/api/call-trees",
                """
                {"name":"Week drills %s","stepTimeout":"%s",
                 "levels":[{"roles":["%s"],"escalateAfter":"PT30M","quorum":%d}]}"""
                        .formatted(run, stepTimeout, role, members.size()));
        assertStatus(created, 201);
        return UUID.fromString(StackClient.json(created.body()).get("id").asText());
    }

    private static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }
}
