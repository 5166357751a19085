package io.muster.gateway.bridge;

import java.security.Principal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The operator API of an incident's bridge (HTTP Basic, roles in SecurityConfiguration). */
@RestController
class BridgeController {

    /** The body of a request to ring a member in: their employee id (as in the directory, e.g. "E-1042"). */
    record RingMember(@Nullable String employeeId) {}

    private final BridgeMembers members;
    private final BridgeEvents events;
    private final BridgeCalls calls;

    BridgeController(BridgeMembers members, BridgeEvents events, BridgeCalls calls) {
        this.members = members;
        this.events = events;
        this.calls = calls;
    }

    @GetMapping("/api/incidents/{incidentId}/bridge")
    Mono<BridgeView> bridge(@PathVariable UUID incidentId) {
        return Mono.zip(members.of(incidentId), events.of(incidentId)).map(both -> {
            if (both.getT1().isEmpty() && both.getT2().isEmpty()) {
                throw BridgeProblems.noBridge(incidentId);
            }
            return BridgeView.of(incidentId, both.getT1(), both.getT2());
        });
    }

    @PostMapping("/api/incidents/{incidentId}/bridge/calls")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<BridgeCalls.RingingMember> ring(
            @PathVariable UUID incidentId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody RingMember body,
            Principal operator) {
        return calls.ring(incidentId, body.employeeId(), key, operator.getName());
    }
}
