package io.muster.incident.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The demo organisation: two sites of twenty-five people each, everyone in "Staff". */
final class DemoDirectory {

    static final String RIVERSIDE = "Riverside HQ";
    static final String HILLTOP = "Hilltop Depot";

    private static final String[][] NAMES = {
        {"Ada", "Lovelace"}, {"Grace", "Hopper"}, {"Marcus", "Okafor"}, {"Priya", "Raman"}, {"Tom", "Becker"},
        {"Élodie", "Moreau"}, {"Luis", "Fernández"}, {"Hannah", "Schmidt"}, {"Kwame", "Mensah"}, {"Sofia", "Rossi"},
        {"Daniel", "O'Brien"}, {"Mei", "Chen"}, {"Aarav", "Patel"}, {"Fatima", "Haddad"}, {"Jonas", "Lindqvist"},
        {"Chloé", "Lefèvre"}, {"Samuel", "Adeyemi"}, {"Olivia", "Brown"}, {"Yuki", "Tanaka"}, {"Isabel", "García"},
        {"Noah", "Williams"}, {"Amara", "Nwosu"}, {"Lucas", "Martin"}, {"Zoë", "Müller"}, {"Ethan", "Clarke"},
        {"Nadia", "Kowalski"}, {"Omar", "Farouk"}, {"Emma", "Johansson"}, {"Diego", "Ramírez"}, {"Leah", "Goldberg"},
        {"Hugo", "Durand"}, {"Aisha", "Bello"}, {"Ryan", "Murphy"}, {"Ingrid", "Næss"}, {"Carlos", "Silva"},
        {"Mia", "Novak"}, {"Benjamin", "Cohen"}, {"Léa", "Girard"}, {"Tariq", "Hussain"}, {"Charlotte", "Evans"},
        {"Andrés", "Castillo"}, {"Freya", "Andersen"}, {"Kenji", "Watanabe"}, {"Rosa", "Delgado"}, {"Liam", "Walsh"},
        {"Anaïs", "Bernard"}, {"Victor", "Petrov"}, {"Grace", "Owusu"}, {"Ravi", "Sharma"}, {"Julia", "Fischer"},
    };

    private static final Set<String> FRENCH = Set.of("Moreau", "Lefèvre", "Durand", "Girard", "Bernard", "Martin");

    private DemoDirectory() {}

    static List<DemoPerson> people() {
        List<DemoPerson> people = new ArrayList<>(NAMES.length);
        for (int i = 0; i < NAMES.length; i++) {
            int number = i + 1;
            String last = NAMES[i][1];
            people.add(new DemoPerson(
                    number,
                    NAMES[i][0],
                    last,
                    FRENCH.contains(last) ? "fr" : "en",
                    number <= 25 ? RIVERSIDE : HILLTOP,
                    rolesOf(number)));
        }
        return List.copyOf(people);
    }

    private static List<String> rolesOf(int number) {
        List<String> roles = new ArrayList<>(List.of("Staff"));
        addIf(roles, number <= 4 || number == 26, "Incident Team");
        addIf(roles, (number >= 5 && number <= 8) || (number >= 27 && number <= 29), "Facilities");
        addIf(roles, number % 7 == 3, "First Aid");
        addIf(roles, number == 21 || number == 22 || number == 40, "Communications");
        return List.copyOf(roles);
    }

    private static void addIf(List<String> roles, boolean member, String role) {
        if (member) {
            roles.add(role);
        }
    }
}
