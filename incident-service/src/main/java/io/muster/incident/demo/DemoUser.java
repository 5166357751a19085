package io.muster.incident.demo;

import java.util.List;

/** A demo login: the username is the role, lower-case, and each is one of the demo people. */
record DemoUser(String username, String employeeId) {

    static final List<DemoUser> ALL = List.of(
            new DemoUser("commander", "E001"),
            new DemoUser("team", "E002"),
            new DemoUser("hr", "E021"),
            new DemoUser("spokesperson", "E022"),
            new DemoUser("employee", "E030"),
            new DemoUser("admin", "E050"));

    String role() {
        return username.toUpperCase(java.util.Locale.ROOT);
    }
}
