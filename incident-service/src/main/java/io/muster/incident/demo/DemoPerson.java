package io.muster.incident.demo;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One demo person; ids derive from the employee id so that seeding twice changes nothing. */
record DemoPerson(int number, String firstName, String lastName, String locale, String site, List<String> roles) {

    UUID id() {
        return UUID.nameUUIDFromBytes(("muster-demo-person-" + employeeId()).getBytes(StandardCharsets.UTF_8));
    }

    String employeeId() {
        return "E%03d".formatted(number);
    }

    String displayName() {
        return firstName + " " + lastName;
    }

    String phone() {
        return "+155501%05d".formatted(number);
    }

    String email() {
        return ascii(firstName) + "." + ascii(lastName) + "@demo.muster.local";
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
