package io.muster.incident.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** HR's export, byte for byte: RFC 4180 with CRLF, quoted only where needed, formulas defused. */
class PeopleCsvTests {

    private static final UUID PERSON = UUID.fromString("0190f2a4-7c1e-7000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("0190f2a4-7c1e-7000-8000-000000000002");

    @Test
    void everyRowIsOneCrlfLineUnderTheHeader() {
        var answered = new PersonRow(
                PERSON,
                "E1",
                "Bo, \"Two\"",
                State.NEEDS_HELP,
                null,
                "Riverside HQ",
                null,
                null,
                null,
                null,
                "SMS",
                Source.PERSON,
                Instant.parse("2026-11-21T09:00:00Z"),
                false,
                null,
                "=HYPERLINK(\"http://evil.example\")\nsecond line",
                "-12.5,3");
        var silent = new PersonRow(
                OTHER,
                "@E2",
                "Cy",
                State.NO_RESPONSE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(PeopleCsv.of(List.of(answered, silent)))
                .isEqualTo(PeopleCsv.HEADER + "\r\n"
                        + "E1,\"Bo, \"\"Two\"\"\",NEEDS_HELP,Riverside HQ,,,SMS,PERSON,2026-11-21T09:00:00Z,false,,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\")\nsecond line\",\"'-12.5,3\"," + PERSON + "\r\n"
                        + "'@E2,Cy,NO_RESPONSE,,,,,,,,,,," + OTHER + "\r\n");
    }

    @Test
    void withoutRowsOnlyTheHeaderIsWritten() {
        assertThat(PeopleCsv.of(List.of())).isEqualTo(PeopleCsv.HEADER + "\r\n");
    }
}
