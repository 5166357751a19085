package io.muster.gateway.web;

import io.muster.gateway.kafka.EventBusUnavailableException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem details {@link GatewayProblemAdvice} gives annotated controllers, for functional
 * routes (controller advice does not reach them): same types, fields, statuses and Retry-After.
 */
@Component
public class FunctionalProblems {

    private static final Logger log = LoggerFactory.getLogger(FunctionalProblems.class);

    private final JsonMapper json;

    FunctionalProblems(JsonMapper json) {
        this.json = json;
    }

    /** The answer to an error a webhook handler raised; anything not known here stays an error. */
    public Mono<ServerResponse> answer(ServerRequest request, Throwable error) {
        return switch (error) {
            case MissingParametersException e ->
                problem(request, HttpStatus.BAD_REQUEST, "missing-parameters", e.getMessage(), e.missing());
            case EventBusUnavailableException e -> {
                log.error("Webhook not accepted: {}", e.getMessage());
                yield unavailable(
                        request, "event-bus-unavailable", "Events cannot be published right now; try again later.");
            }
            case DataAccessException e -> {
                log.error(
                        "Webhook not accepted: database error {}", e.getClass().getSimpleName());
                yield unavailable(
                        request, "storage-unavailable", "The webhook cannot be stored right now; try again later.");
            }
            default -> Mono.error(error);
        };
    }

    /** A 415 for a body that is not a form (only reachable with a signature over no parameters). */
    public Mono<ServerResponse> notAForm(ServerRequest request) {
        return problem(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Content-Type must be application/x-www-form-urlencoded.",
                null);
    }

    private Mono<ServerResponse> unavailable(ServerRequest request, String slug, String detail) {
        Map<String, Object> fields = fields(request, HttpStatus.SERVICE_UNAVAILABLE, slug, detail);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(json.writeValueAsBytes(fields));
    }

    private Mono<ServerResponse> problem(
            ServerRequest request, HttpStatus status, String slug, String detail, @Nullable Object missing) {
        Map<String, Object> fields = fields(request, status, slug, detail);
        if (missing != null) {
            fields.put("missing", missing);
        }
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(json.writeValueAsBytes(fields));
    }

    private static Map<String, Object> fields(ServerRequest request, HttpStatus status, String slug, String detail) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "urn:muster:problem:" + slug);
        fields.put("title", status.getReasonPhrase());
        fields.put("status", status.value());
        fields.put("detail", detail);
        fields.put("instance", request.path());
        return fields;
    }
}
