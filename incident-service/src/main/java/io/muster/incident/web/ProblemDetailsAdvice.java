package io.muster.incident.web;

import io.muster.web.TypeErrors;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Every error of the API as an RFC 9457 problem: our own problems with their types, invalid bodies
 * with the invalid fields, and framework errors (bad JSON, wrong enum, malformed id) with a type
 * derived from their status. Details never carry a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail problem = Problems.of(e.status(), e.slug(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** A unique key that no feature mapped itself (a second call tree of the same name, say): a conflict, not a 500. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        HttpStatus status = HttpStatus.CONFLICT;
        ProblemDetail problem = Problems.of(
                status, "duplicate", "Already exists", "Something with the same name or key already exists.");
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * A value the database cannot hold (a time beyond its range, say) is the request's fault, a 400;
     * a constraint the data would break is a conflict, a 409. Neither is a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        if (DataErrors.isBadValue(e)) {
            return of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-value",
                    "Invalid value",
                    "A value is out of the range that can be stored.");
        }
        return of(HttpStatus.CONFLICT, "conflict", "Conflict", "The change conflicts with what is stored.");
    }

    /** Constraints on query parameters and path variables (method validation), like those on bodies. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraints(ConstraintViolationException e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "The request has invalid fields.");
        problem.setProperty(
                "errors",
                e.getConstraintViolations().stream()
                        .map(v -> Map.of("field", parameter(v.getPropertyPath().toString()), "message", v.getMessage()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    /** A body over the limit of what an endpoint reads into memory. */
    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e) {
        return of(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Payload too large",
                "The request body is too large.");
    }

    /**
     * Anything else goes on to the web exception handlers: an outage of PostgreSQL or Kafka is
     * answered 503 there (availability), and the rest is logged and answered 500 by {@link
     * UnhandledErrors}, so a handler's failure and a filter's are answered the same way.
     */
    @ExceptionHandler(Exception.class)
    Mono<ResponseEntity<ProblemDetail>> unexpected(Exception e) {
        return Mono.error(e);
    }

    private static ResponseEntity<ProblemDetail> of(HttpStatus status, String slug, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, slug, title, detail));
    }

    // "search.q" (method.parameter) → "q"
    private static String parameter(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
            WebExchangeBindException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.of(status, "validation", "Invalid request", "The request has invalid fields.");
        problem.setProperty("errors", fieldErrors(e));
        return handleExceptionInternal(e, problem, headers, status, exchange);
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
                status, "bad-request", "Bad Request", typeError.get().detail());
        problem.setProperty("errors", typeError.get().errors());
        return handleExceptionInternal(e, problem, headers, status, exchange);
    }

    /** No endpoint at this address: the framework's detail would name its static resource lookup. */
    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(
            ResponseStatusException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (e instanceof NoResourceFoundException || (status.value() == 404 && e.getReason() == null)) {
            ProblemDetail problem = Problems.of(status, "not-found", "Not Found", "Nothing is served at this address.");
            return handleExceptionInternal(e, problem, headers, status, exchange);
        }
        return super.handleResponseStatusException(e, headers, status, exchange);
    }

    /** A method the address does not take: the problem, and {@code Allow} with the ones it does. */
    @Override
    protected Mono<ResponseEntity<Object>> handleMethodNotAllowedException(
            MethodNotAllowedException e, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.of(
                status,
                "method-not-allowed",
                "Method Not Allowed",
                "This address takes "
                        + e.getSupportedMethods().stream()
                                .map(Object::toString)
                                .sorted()
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ".");
        return handleExceptionInternal(e, problem, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(
            @Nullable Object body, @Nullable HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem && hasNoType(problem)) {
            problem.setType(Problems.type(Problems.slugOf(status)));
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    private static boolean hasNoType(ProblemDetail problem) {
        return problem.getType() == null
                || "about:blank".equals(problem.getType().toString());
    }

    // Errors name the JSON field the client sent: DeclareIncident holds "notify" as "notifying",
    // because a record cannot have a component named notify.
    private static String jsonName(String field) {
        return field.equals("notifying") || field.startsWith("notifying.")
                ? "notify" + field.substring("notifying".length())
                : field;
    }

    private static List<Map<String, String>> fieldErrors(WebExchangeBindException e) {
        return e.getFieldErrors().stream()
                .map(error -> Map.of(
                        "field", jsonName(error.getField()),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
    }
}
