package io.muster.incident.directory;

import io.muster.incident.web.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** Some of the requested person ids, employee ids or roles do not exist (422, naming them). */
public class UnknownTargets extends ProblemException {

    private final Map<String, Object> unknown = new LinkedHashMap<>();

    UnknownTargets(List<UUID> personIds, List<String> employeeIds, List<String> roles) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unknown-targets",
                "Unknown notification targets",
                "Unknown person ids " + personIds + ", employee ids " + employeeIds + ", roles " + roles + ".");
        unknown.put("unknownPersonIds", List.copyOf(personIds));
        unknown.put("unknownEmployeeIds", List.copyOf(employeeIds));
        unknown.put("unknownRoles", List.copyOf(roles));
    }

    @Override
    public Map<String, Object> properties() {
        return unknown;
    }
}
