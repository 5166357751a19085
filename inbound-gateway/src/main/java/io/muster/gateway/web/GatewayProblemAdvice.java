package io.muster.gateway.web;

import io.muster.gateway.batch.GroupCommit;
import io.muster.gateway.kafka.EventBusUnavailableException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Every error a handler raises becomes a problem detail with a Muster type; never a stack trace. */
@RestControllerAdvice
class GatewayProblemAdvice extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Logger log = LoggerFactory.getLogger(GatewayProblemAdvice.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingParameters(MissingParametersException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "missing-parameters", e.getMessage());
        problem.setProperty("missing", e.missing());
        return ResponseEntity.badRequest().body(problem);
    }

    /** The reply was not published, so it was not accepted: the provider may retry. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> eventBusUnavailable(EventBusUnavailableException e) {
        log.error("Webhook not accepted: {}", e.getMessage());
        return unavailable("event-bus-unavailable", "Events cannot be published right now; try again later.");
    }

    /** Too many rows already wait for the database: not accepted, the provider retries. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> queueFull(GroupCommit.Full e) {
        log.warn("Webhook not accepted: {}", e.getMessage());
        return unavailable("temporarily-unavailable", "The webhook cannot be handled right now; try again later.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> storageUnavailable(DataAccessException e) {
        log.error("Webhook not accepted: database error {}", e.getClass().getSimpleName());
        return unavailable("storage-unavailable", "The webhook cannot be stored right now; try again later.");
    }

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(
            @Nullable Object body, @Nullable HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(URI.create("urn:muster:problem:" + slug(status)));
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String slug, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, slug, detail));
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known == null ? "http-" + status.value() : known.getReasonPhrase();
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
