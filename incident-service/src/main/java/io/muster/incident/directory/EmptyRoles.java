package io.muster.incident.directory;

import io.muster.incident.web.ProblemException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A declaration names a role that exists but has no members (422, naming them): nothing is
 * saved, so a commander never believes that a team was alerted when nobody was.
 */
public class EmptyRoles extends ProblemException {

    private final List<String> roles;

    EmptyRoles(List<String> roles) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "empty-roles",
                "Roles without members",
                "Nobody has the roles " + roles + "; give them members or notify someone else.");
        this.roles = List.copyOf(roles);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("emptyRoles", roles);
    }
}
