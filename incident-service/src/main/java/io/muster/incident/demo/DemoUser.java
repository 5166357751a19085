package io.muster.incident.demo;

import java.util.List;

/**
 * A demo login, its one login role and the demo person it is. There are two commanders (one per
 * site), so that command can be handed over on a fresh demo.
 */
record DemoUser(String username, String role, String employeeId) {

    static final List<DemoUser> ALL = List.of(
            new DemoUser("commander", "COMMANDER", "E001"),
            new DemoUser("commander2", "COMMANDER", "E026"),
            new DemoUser("team", "TEAM", "E002"),
            new DemoUser("hr", "HR", "E021"),
            new DemoUser("spokesperson", "SPOKESPERSON", "E022"),
            new DemoUser("employee", "EMPLOYEE", "E030"),
            new DemoUser("admin", "ADMIN", "E050"));
}
