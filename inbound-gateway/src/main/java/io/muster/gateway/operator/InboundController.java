package io.muster.gateway.operator;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The operator API over the inbound log (HTTP Basic, roles in SecurityConfiguration). */
@RestController
class InboundController {

    static final int MAX_PAGE_SIZE = 100;

    private final InboundEntries entries;
    private final Attachments attachments;

    InboundController(InboundEntries entries, Attachments attachments) {
        this.entries = entries;
        this.attachments = attachments;
    }

    @GetMapping("/api/inbound")
    Mono<InboundPage> list(
            @RequestParam(required = false) @Nullable Boolean correlated,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > MAX_PAGE_SIZE) {
            throw OperatorProblem.badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return entries.page(correlated, page, size)
                .map(InboundView::of)
                .collectList()
                .zipWith(entries.count(correlated), (items, total) -> new InboundPage(page, size, total, items));
    }

    @PostMapping("/api/inbound/{id}/attach")
    Mono<InboundView> attach(@PathVariable long id, @RequestBody Attachment attachment, Principal operator) {
        return attachments.attach(id, attachment, operator.getName()).map(InboundView::of);
    }
}
