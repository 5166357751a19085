package io.muster.gateway.web;

import io.muster.gateway.batch.GroupCommit;
import io.muster.gateway.kafka.EventBusUnavailableException;
import io.muster.web.TypeErrors;
import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
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

    /**
     * A value of the wrong type (a body field, a parameter, a path segment) names the field and what
     * it takes; other unreadable input keeps the framework's short reason, which names no class.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(
            ServerWebInputException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        var typeError = TypeErrors.of(e);
        if (typeError.isEmpty()) {
            return super.handleServerWebInputException(e, headers, status, exchange);
        }
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, "bad-request", typeError.get().detail());
        problem.setProperty("errors", typeError.get().errors());
        return handleExceptionInternal(e, problem, headers, status, exchange);
    }

    /** No endpoint at this address: the framework's detail would name its static resource lookup. */
    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(
            ResponseStatusException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (e instanceof NoResourceFoundException || (status.value() == 404 && e.getReason() == null)) {
            ProblemDetail problem =
                    Problems.of(HttpStatus.NOT_FOUND, "not-found", "Nothing is served at this address.");
            return handleExceptionInternal(e, problem, headers, status, exchange);
        }
        return super.handleResponseStatusException(e, headers, status, exchange);
    }

    /** A method the address does not take: the problem, and {@code Allow} with the ones it does. */
    @Override
    protected Mono<ResponseEntity<Object>> handleMethodNotAllowedException(
            MethodNotAllowedException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        String allowed =
                e.getSupportedMethods().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        ProblemDetail problem =
                Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "This address takes " + allowed + ".");
        return handleExceptionInternal(e, problem, headers, status, exchange);
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
