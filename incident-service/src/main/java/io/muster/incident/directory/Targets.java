package io.muster.incident.directory;

import java.util.List;
import java.util.UUID;

/** Who to notify, named by person id, employee id or role; everyone named is notified once. */
public record Targets(List<UUID> personIds, List<String> employeeIds, List<String> roles) {

    public Targets {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
