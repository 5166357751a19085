package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** A webhook served below WebFlux answers its errors with the problem details the filters and advice give. */
class WebhookErrorsTests {

    private static final String PATH = "/webhooks/twilio/sms/inbound";

    private final WebhookErrors errors =
            new WebhookErrors(new Problems(JsonMapper.builder().build()));
    private final MockServerHttpRequest request =
            MockServerHttpRequest.post(PATH).build();
    private final MockServerHttpResponse response = new MockServerHttpResponse();

    @Test
    void namesEveryMissingParameterInABadRequestProblem() {
        errors.answer(request, response, new MissingParametersException(List.of("MessageSid", "From")))
                .block();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body())
                .contains("\"type\":\"urn:muster:problem:missing-parameters\"")
                .contains("\"detail\":\"Missing parameters: MessageSid, From\"")
                .contains("\"missing\":[\"MessageSid\",\"From\"]")
                .contains("\"instance\":\"" + PATH + "\"");
    }

    @Test
    void answersAStorageFailureWithAServiceUnavailableProblemTheProviderRetries() {
        errors.answer(request, response, new DataAccessResourceFailureException("connection refused"))
                .block();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(body())
                .contains("\"type\":\"urn:muster:problem:storage-unavailable\"")
                .doesNotContain("connection refused");
    }

    @Test
    void answersABatchThatTimedOutWithAServiceUnavailableProblemTheProviderRetries() {
        errors.answer(request, response, new java.util.concurrent.TimeoutException("Did not observe any item"))
                .block();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(body())
                .contains("\"type\":\"urn:muster:problem:temporarily-unavailable\"")
                .doesNotContain("Did not observe");
    }

    @Test
    void answersAnUnexpectedErrorWithAProblemThatRevealsNothingOfIt() {
        errors.answer(request, response, new IllegalStateException("secret internals"))
                .block();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body())
                .contains("\"type\":\"urn:muster:problem:internal-server-error\"")
                .contains("\"status\":500")
                .doesNotContain("secret internals")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void answersABodyPastTheLimitAndAnUnreadableFormWithTheirProblems() {
        errors.answer(request, response, new DataBufferLimitException("too much"))
                .block();
        var malformed = new MockServerHttpResponse();
        errors.answer(request, malformed, Problems.malformedForm(new IllegalArgumentException()))
                .block();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(body()).contains("\"type\":\"urn:muster:problem:payload-too-large\"");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBodyAsString().block())
                .contains("\"type\":\"urn:muster:problem:malformed-request\"")
                .contains("\"detail\":\"The form body cannot be read.\"");
    }

    @Test
    void leavesAnAnswerAlreadyOnItsWayAlone() {
        response.setComplete().block();

        var answered = errors.answer(request, response, new IllegalStateException("late"));

        org.assertj.core.api.Assertions.assertThatThrownBy(answered::block).hasMessage("late");
    }

    private String body() {
        return response.getBodyAsString().block();
    }
}
