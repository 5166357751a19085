package io.muster.incident.pin;

import io.muster.incident.security.CurrentUser;
import io.muster.incident.security.CurrentUsers;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A person's own hotline PIN (only ever their own directory person), and HR's reset of anyone's, which answers the
 * new PIN once (never cached).
 */
@RestController
class HotlinePinController {

    private final HotlinePins pins;
    private final CurrentUsers users;

    HotlinePinController(HotlinePins pins, CurrentUsers users) {
        this.pins = pins;
        this.users = users;
    }

    @GetMapping("/api/me/hotline-pin")
    Mono<PinStatus> mine() {
        return person().flatMap(pins::status);
    }

    @ApiResponse(responseCode = "204", description = "Done; no body")
    @PutMapping("/api/me/hotline-pin")
    Mono<ResponseEntity<Void>> set(@RequestBody PinForm form) {
        return users.current()
                .flatMap(user -> pins.set(personOf(user), form.pin(), user.username()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/people/{id}/hotline-pin/reset")
    Mono<ResponseEntity<NewPin>> reset(@PathVariable UUID id) {
        return users.current().flatMap(user -> pins.reset(id, user.username())).map(pin -> ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(pin));
    }

    private Mono<UUID> person() {
        return users.current().map(HotlinePinController::personOf);
    }

    private static UUID personOf(CurrentUser user) {
        if (user.personId() == null) {
            throw new PinProblems.NoPerson();
        }
        return user.personId();
    }
}
