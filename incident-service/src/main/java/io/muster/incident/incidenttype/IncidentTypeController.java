package io.muster.incident.incidenttype;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins manage incident types; all staff read them. Every change is audited. */
@RestController
@RequestMapping("/api/incident-types")
class IncidentTypeController {

    private final IncidentTypes types;
    private final Jdbc jdbc;
    private final AuditTrail audit;

    IncidentTypeController(IncidentTypes types, Jdbc jdbc, AuditTrail audit) {
        this.types = types;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping
    Mono<List<IncidentType>> all() {
        return jdbc.transactional(types::all);
    }

    @GetMapping("/{code}")
    Mono<IncidentType> one(@PathVariable String code) {
        return jdbc.transactional(() -> types.byCode(code).orElseThrow(() -> new IncidentTypeProblem.NotFound(code)));
    }

    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    Mono<ResponseEntity<IncidentType>> create(@Valid @RequestBody IncidentTypeForm form, Principal admin) {
        if (form.code() == null) {
            return Mono.error(invalid("code", "must not be null"));
        }
        return save(form, form.code(), admin, true)
                .map(type -> ResponseEntity.created(URI.create("/api/incident-types/" + type.code()))
                        .body(type));
    }

    @PutMapping("/{code}")
    Mono<IncidentType> replace(@PathVariable String code, @Valid @RequestBody IncidentTypeForm form, Principal admin) {
        if (form.code() != null && !form.code().equals(code)) {
            return Mono.error(invalid("code", "must match the code in the path"));
        }
        return save(form, code, admin, false);
    }

    private Mono<IncidentType> save(IncidentTypeForm form, String code, Principal admin, boolean creating) {
        if (form.rtoOutOfRange()) {
            return Mono.error(invalid("rto", "must be positive and at most " + IncidentTypeForm.LONGEST_RTO));
        }
        IncidentType type = form.toType(code);
        return jdbc.transactional(() -> {
            if (creating) {
                if (types.exists(code)) throw new IncidentTypeProblem.Duplicate(code);
                types.insert(type);
            } else if (!types.update(type)) {
                throw new IncidentTypeProblem.NotFound(code);
            }
            audit.record(
                    null,
                    admin.getName(),
                    creating ? "INCIDENT_TYPE_CREATED" : "INCIDENT_TYPE_CHANGED",
                    code,
                    details(type));
            return type;
        });
    }

    private static Map<String, Object> details(IncidentType type) {
        Map<String, Object> details = new HashMap<>();
        details.put("name", type.name());
        details.put("rto", type.rto() == null ? null : type.rto().toString());
        details.put("twoPersonApproval", type.twoPersonApproval());
        return details;
    }

    private static InvalidFields invalid(String field, String message) {
        return new InvalidFields(List.of(new InvalidFields.FieldError(field, message)));
    }
}
