package io.muster.incident.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPersonTests {

    @Test
    void emailAddressesDropAccentsAndPunctuation() {
        var person = new DemoPerson(6, "Élodie", "O'Brien-Moreau", "fr", DemoDirectory.RIVERSIDE, List.of("Staff"));
        assertThat(person.email()).isEqualTo("elodie.obrienmoreau@demo.muster.local");
        assertThat(person.employeeId()).isEqualTo("E006");
        assertThat(person.phone()).isEqualTo("+15550100006");
    }

    @Test
    void theDemoOrganisationHasFiftyPeopleEveryoneStaffSomeFrench() {
        var people = DemoDirectory.people();
        assertThat(people).hasSize(50);
        assertThat(people).allSatisfy(p -> assertThat(p.roles()).contains("Staff"));
        assertThat(people).filteredOn(p -> p.locale().equals("fr")).hasSizeBetween(3, 10);
        assertThat(people.stream().map(DemoPerson::email).distinct()).hasSize(50);
        assertThat(people.stream().flatMap(p -> p.roles().stream()).distinct())
                .contains("Incident Team", "Facilities", "First Aid", "Communications");
    }
}
