package io.muster.gateway.web;

import io.muster.gateway.batch.GroupCommit;
import io.muster.gateway.kafka.EventBusUnavailableException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/**
 * The answers of a webhook served below WebFlux (where neither the web filters nor the controller
 * advice run): the same problem types, texts, statuses, Retry-After and log lines as
 * BodySizeLimitFilter, TwilioSignatureFilter and {@link GatewayProblemAdvice} give, and a 500
 * problem (never a stack trace, never an empty 500) for anything unexpected.
 */
@Component
public class WebhookErrors {

    private static final String TYPE_PREFIX = "urn:muster:problem:";
    private static final Logger log = LoggerFactory.getLogger(WebhookErrors.class);

    private final Problems problems;

    WebhookErrors(Problems problems) {
        this.problems = problems;
    }

    /** A declared Content-Length over {@link FormBody#LIMIT}, turned away before reading. */
    public Mono<Void> declaredTooLarge(ServerHttpRequest request, ServerHttpResponse response) {
        response.getHeaders().set(HttpHeaders.CONNECTION, "close"); // the body was left unread on the wire
        String detail = "The request body is larger than " + FormBody.LIMIT.toKilobytes() + " KB.";
        return write(request, response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", detail);
    }

    public Mono<Void> invalidSignature(ServerHttpRequest request, ServerHttpResponse response) {
        String detail = "The webhook signature is missing or invalid.";
        return write(request, response, HttpStatus.FORBIDDEN, "invalid-signature", detail);
    }

    /** A 415 for a body that is not a form (only reachable with a signature over no parameters). */
    public Mono<Void> notAForm(ServerHttpRequest request, ServerHttpResponse response) {
        String detail = "Content-Type must be application/x-www-form-urlencoded.";
        return write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", detail);
    }

    /** The answer to any error reading or handling the webhook raised. */
    public Mono<Void> answer(ServerHttpRequest request, ServerHttpResponse response, Throwable error) {
        if (AbortedRequests.isAbortedByClient(error)) {
            return AbortedRequests.abandoned(request, error);
        }
        if (response.isCommitted()) {
            return Mono.error(error); // too late for a problem: the answer is already on its way
        }
        Problem problem = problemFor(request, error);
        if (problem.status() == HttpStatus.CONTENT_TOO_LARGE) {
            response.getHeaders().set(HttpHeaders.CONNECTION, "close"); // the rest of the body was never read
        }
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, "5"); // not accepted: the provider retries
        }
        return problems.write(request, response, problem.status(), problem.slug(), problem.detail(), problem.extra());
    }

    private static Problem problemFor(ServerHttpRequest request, Throwable error) {
        return switch (error) {
            case DataBufferLimitException e ->
                new Problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request body is too large.");
            case ErrorResponseException e -> Problem.of(e.getBody());
            case MissingParametersException e ->
                new Problem(
                        HttpStatus.BAD_REQUEST, "missing-parameters", e.getMessage(), Map.of("missing", e.missing()));
            case EventBusUnavailableException e -> {
                log.error("Webhook not accepted: {}", e.getMessage());
                yield new Problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "event-bus-unavailable",
                        "Events cannot be published right now; try again later.");
            }
            case DataAccessException e -> {
                log.error(
                        "Webhook not accepted: database error {}", e.getClass().getSimpleName());
                yield new Problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "storage-unavailable",
                        "The webhook cannot be stored right now; try again later.");
            }
            case GroupCommit.Full e -> {
                log.warn("Webhook not accepted: {}", e.getMessage());
                yield new Problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "temporarily-unavailable",
                        "The webhook cannot be handled right now; try again later.");
            }
            case java.util.concurrent.TimeoutException e -> {
                log.error("Webhook not accepted: its batch did not finish in time");
                yield new Problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "temporarily-unavailable",
                        "The webhook cannot be handled right now; try again later.");
            }
            default -> {
                log.error("Webhook {} failed", request.getPath(), error);
                yield new Problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "internal-server-error", "The webhook could not be handled.");
            }
        };
    }

    private record Problem(HttpStatus status, String slug, String detail, Map<String, Object> extra) {

        Problem(HttpStatus status, String slug, String detail) {
            this(status, slug, detail, Map.of());
        }

        static Problem of(ProblemDetail detail) {
            String type = String.valueOf(detail.getType());
            String slug = type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : "bad-request";
            return new Problem(HttpStatus.valueOf(detail.getStatus()), slug, String.valueOf(detail.getDetail()));
        }
    }

    private Mono<Void> write(
            ServerHttpRequest request, ServerHttpResponse response, HttpStatus status, String slug, String detail) {
        return problems.write(request, response, status, slug, detail, Map.of());
    }
}
