package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

/** A functional route's errors become the same problem details the controller advice gives. */
class FunctionalProblemsTests {

    private static final String PATH = "/webhooks/twilio/sms/inbound";

    private final FunctionalProblems problems =
            new FunctionalProblems(JsonMapper.builder().build());
    private final MockServerRequest request = MockServerRequest.builder()
            .uri(java.net.URI.create("http://gw" + PATH))
            .build();

    @Test
    void namesEveryMissingParameterInABadRequestProblem() {
        var exchange =
                rendered(problems.answer(request, new MissingParametersException(List.of("MessageSid", "From"))));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:muster:problem:missing-parameters\"")
                .contains("\"missing\":[\"MessageSid\",\"From\"]")
                .contains("\"instance\":\"" + PATH + "\"");
    }

    @Test
    void answersAStorageFailureWithAServiceUnavailableProblemTheProviderRetries() {
        var exchange = rendered(problems.answer(request, new DataAccessResourceFailureException("connection refused")));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:muster:problem:storage-unavailable\"")
                .doesNotContain("connection refused");
    }

    @Test
    void leavesAnErrorItDoesNotKnowAnError() {
        assertThatThrownBy(() -> problems.answer(request, new IllegalStateException("bug"))
                        .block())
                .isInstanceOf(IllegalStateException.class);
    }

    private static MockServerWebExchange rendered(reactor.core.publisher.Mono<ServerResponse> response) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post(PATH));
        response.flatMap(r -> r.writeTo(exchange, new ServerResponse.Context() {
                    @Override
                    public List<HttpMessageWriter<?>> messageWriters() {
                        return HandlerStrategies.withDefaults().messageWriters();
                    }

                    @Override
                    public List<ViewResolver> viewResolvers() {
                        return List.of();
                    }
                }))
                .block();
        return exchange;
    }
}
