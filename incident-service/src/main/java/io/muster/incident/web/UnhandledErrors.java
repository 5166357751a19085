package io.muster.incident.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The last resort for an error no controller advice saw (one raised in a web filter, say): a
 * problem document with the error's status, or a logged 500 without details; before Boot's own
 * handler, which would answer its error attributes instead of a problem.
 */
@Component
@Order(-2)
class UnhandledErrors implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnhandledErrors.class);

    private final ProblemWriter problems;

    UnhandledErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ResponseStatusException known
                && HttpStatus.resolve(known.getStatusCode().value()) != null) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            exchange.getResponse().getHeaders().putAll(known.getHeaders());
            return problems.write(
                    exchange,
                    status,
                    Problems.slugOf(status),
                    status.getReasonPhrase(),
                    status.getReasonPhrase() + ".");
        }
        log.error(
                "Unexpected error on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                error);
        return problems.write(
                exchange,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side.");
    }
}
