package io.muster.gateway.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details with Muster's {@code urn:muster:problem:<slug>} types, also for web filters. */
@Component
public class Problems {

    private static final String TYPE_PREFIX = "urn:muster:problem:";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        return problem;
    }

    /** A form body that cannot be decoded (e.g. a broken %-escape): a 400, never a 500. */
    public static ErrorResponseException malformedForm(Throwable cause) {
        return new ErrorResponseException(
                HttpStatus.BAD_REQUEST,
                of(HttpStatus.BAD_REQUEST, "malformed-request", "The form body cannot be read."),
                cause);
    }

    /** Answers the exchange with a problem, for filters that run before any controller advice could. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        return write(exchange.getRequest(), exchange.getResponse(), status, slug, detail, Map.of());
    }

    /**
     * Answers a bare HTTP request with a problem (for handlers below WebFlux, where there is no
     * exchange), {@code extra} adding members such as {@code missing}.
     */
    public Mono<Void> write(
            ServerHttpRequest request,
            ServerHttpResponse response,
            HttpStatus status,
            String slug,
            String detail,
            Map<String, Object> extra) {
        Map<String, Object> fields = fields(request, status, slug, detail);
        fields.putAll(extra);
        byte[] json = this.json.writeValueAsBytes(fields);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(json.length);
        DataBuffer body = response.bufferFactory().wrap(json);
        return response.writeWith(Mono.just(body));
    }

    private static Map<String, Object> fields(
            ServerHttpRequest request, HttpStatus status, String slug, String detail) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", TYPE_PREFIX + slug);
        fields.put("title", status.getReasonPhrase());
        fields.put("status", status.value());
        fields.put("detail", detail);
        fields.put("instance", request.getPath().value());
        return fields;
    }
}
