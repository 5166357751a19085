package io.muster.gateway.operator;

import io.muster.gateway.quarantine.QuarantinePage;
import io.muster.gateway.quarantine.QuarantinedMails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Mails the reply mailbox moved to its quarantine folder, for an operator to look at (roles in SecurityConfiguration). */
@RestController
class QuarantineController {

    private final QuarantinedMails mails;

    QuarantineController(QuarantinedMails mails) {
        this.mails = mails;
    }

    @GetMapping("/api/quarantined-mails")
    Mono<QuarantinePage> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 100_000 || size < 1 || size > InboundController.MAX_PAGE_SIZE) {
            throw OperatorProblem.badRequest(
                    "page must be 0 or more and size between 1 and " + InboundController.MAX_PAGE_SIZE + ".");
        }
        return mails.page(page, size)
                .collectList()
                .zipWith(mails.count(), (items, total) -> new QuarantinePage(page, size, total, items));
    }
}
