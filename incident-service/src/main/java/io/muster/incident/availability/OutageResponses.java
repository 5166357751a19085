package io.muster.incident.availability;

import io.muster.incident.web.Problems;
import io.muster.kafka.Failures;
import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request that failed because PostgreSQL or Kafka is away (by the service's one classification,
 * {@link Failures}) is answered 503 with {@code Retry-After}, as an RFC 9457 problem, from anywhere
 * in the chain (a login lookup as well as a handler): the client knows to come back, not that it
 * did something wrong. Everything else passes on to the other handlers. Runs before the API's
 * last-resort handler and Spring Boot's error handler, which would answer 500.
 */
@Component
@Order(-3)
class OutageResponses implements WebExceptionHandler {

    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(OutageResponses.class);

    private final JsonMapper json;

    OutageResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted() || !Failures.isTransient(failure)) {
            return Mono.error(failure);
        }
        boolean broker = causedBy(failure, RetriableException.class);
        log.warn(
                "{} {} answered 503: {} unavailable ({})",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                broker ? "Kafka" : "PostgreSQL",
                failure.getClass().getSimpleName());
        ProblemDetail problem = broker
                ? Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "event-bus-unavailable",
                        "Service unavailable",
                        "Events cannot be published right now; try again shortly.")
                : Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "storage-unavailable",
                        "Service unavailable",
                        "The database cannot be reached right now; try again shortly.");
        problem.setInstance(exchange.getRequest().getURI());
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable link = failure; link != null; link = link.getCause()) {
            if (type.isInstance(link)) {
                return true;
            }
            if (link.getCause() == link) {
                return false;
            }
        }
        return false;
    }
}
