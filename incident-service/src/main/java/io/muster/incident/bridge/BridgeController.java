package io.muster.incident.bridge;

import io.muster.incident.web.InvalidFields;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/incidents/{id}/bridge}: who is on the incident's crisis bridge, who was invited, every join and
 * leave. {@code POST /api/incidents/{id}/bridge/calls} {@code {"personId"}} with an {@code Idempotency-Key}: ring an
 * invited member in (202; the same key again answers the first request with {@code Idempotent-Replayed: true}).
 */
@RestController
class BridgeController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    /** The body of a ring-in request: the invited member's person id (as the bridge view lists them). */
    record RingIn(@Nullable UUID personId) {}

    /** The answer to a ring-in request: the call is being placed (RINGING) by the gateway. */
    record Ringing(UUID requestId, UUID incidentId, UUID personId, String name, Instant requestedAt, String status) {}

    private final Bridges bridges;
    private final BridgeRingIns ringIns;

    BridgeController(Bridges bridges, BridgeRingIns ringIns) {
        this.bridges = bridges;
        this.ringIns = ringIns;
    }

    @GetMapping("/api/incidents/{id}/bridge")
    Mono<BridgeView> bridge(@PathVariable UUID id) {
        return bridges.of(id);
    }

    @ApiResponse(responseCode = "202", description = "The call is being placed (or was, for this key)")
    @PostMapping("/api/incidents/{id}/bridge/calls")
    Mono<ResponseEntity<Ringing>> ring(
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @RequestBody RingIn body,
            Principal commander) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Mono.error(new InvalidFields(List.of(new InvalidFields.FieldError(
                    "Idempotency-Key", "required: 8 to 100 letters, digits, '-' or '_'"))));
        }
        if (body.personId() == null) {
            return Mono.error(new InvalidFields(List.of(new InvalidFields.FieldError("personId", "must not be null"))));
        }
        return ringIns.request(id, body.personId(), key, commander.getName())
                .map(requested -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .header("Idempotent-Replayed", String.valueOf(requested.repeated()))
                        .body(new Ringing(
                                requested.requestId(),
                                requested.incidentId(),
                                requested.personId(),
                                requested.name(),
                                requested.requestedAt(),
                                "RINGING")));
    }
}
