package io.muster.incident.incidentrole;

import io.muster.incident.storage.Jdbc;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An incident's role holders, their history, and handing a role (the commander's too) to someone else. */
@RestController
@RequestMapping("/api/incidents/{id}/roles")
class IncidentRoleController {

    /** The login that is to hold the role. */
    record AssignRole(@NotBlank @Size(max = 100) String username) {}

    private final Jdbc jdbc;
    private final IncidentRoleAssignments assignments;
    private final IncidentRoles roles;
    private final IncidentRoleHandover handover;

    IncidentRoleController(
            Jdbc jdbc, IncidentRoleAssignments assignments, IncidentRoles roles, IncidentRoleHandover handover) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.roles = roles;
        this.handover = handover;
    }

    @GetMapping
    Mono<Map<IncidentRole, String>> current(@PathVariable UUID id) {
        return jdbc.transactional(() -> roles.current(id));
    }

    @GetMapping("/history")
    Mono<List<RoleAssignment>> history(@PathVariable UUID id) {
        return jdbc.transactional(() -> assignments.history(id));
    }

    /** A commander gives any role to anyone suitable; an administrator may only take command themselves. */
    @PutMapping("/{role}")
    Mono<Map<IncidentRole, String>> assign(
            @PathVariable UUID id,
            @PathVariable String role,
            @Valid @RequestBody AssignRole body,
            Authentication caller) {
        IncidentRole named = IncidentRole.named(role).orElseThrow(() -> new IncidentRoleProblems.UnknownRole(role));
        boolean commander = caller.getAuthorities().stream().anyMatch(a -> "ROLE_COMMANDER".equals(a.getAuthority()));
        boolean takingCommand =
                named == IncidentRole.COMMANDER && body.username().equals(caller.getName());
        if (!commander && !takingCommand) {
            return Mono.error(new IncidentRoleProblems.OnlyTakeCommand());
        }
        return handover.assign(id, named, body.username(), caller.getName());
    }
}
