package io.muster.gateway.hotline;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The operator API over unidentified callers' hotline messages (HTTP Basic, roles in SecurityConfiguration). */
@RestController
class HotlineMessagesController {

    static final int MAX_PAGE_SIZE = 100;

    private final UnidentifiedMessages messages;

    HotlineMessagesController(UnidentifiedMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/api/hotline-messages")
    Mono<HotlineMessagePage> list(
            @RequestParam(required = false) @Nullable Boolean attached,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > MAX_PAGE_SIZE) {
            throw UnidentifiedMessages.problem(
                    HttpStatus.BAD_REQUEST,
                    "bad-request",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return messages.page(attached, page, size);
    }

    @PostMapping("/api/hotline-messages/{recordingSid}/attach")
    Mono<HotlineMessageView> attach(
            @PathVariable String recordingSid, @RequestBody MessageAttachment attachment, Principal operator) {
        if (!recordingSid.matches("RE[0-9a-fA-F]{32}")) {
            throw UnidentifiedMessages.problem(
                    HttpStatus.NOT_FOUND, "hotline-message-not-found", "No hotline message with that id.");
        }
        return messages.attach(recordingSid, attachment, operator.getName());
    }
}
