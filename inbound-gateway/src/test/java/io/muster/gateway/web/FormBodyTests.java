package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Form bodies read as WebFlux's form reader reads them, without a ServerWebExchange. */
class FormBodyTests {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED;

    @Test
    void decodesPlusAsASpaceAndPercentEscapesInUtf8() {
        assertThat(FormBody.decode("Body=I%27m+safe+%F0%9F%98%80&From=%2B15550100001", StandardCharsets.UTF_8))
                .isEqualTo(Map.of("Body", "I'm safe 😀", "From", "+15550100001"));
    }

    @Test
    void keepsTheFirstValueOfARepeatedName() {
        assertThat(FormBody.decode("Body=1&Body=2&To=3", StandardCharsets.UTF_8))
                .isEqualTo(Map.of("Body", "1", "To", "3"));
    }

    @Test
    void readsEmptyValuesAndNamesWithoutAValueAsEmptyAndSkipsBlankPairs() {
        assertThat(FormBody.decode("Body=&&Flag& To=3 &", StandardCharsets.UTF_8))
                .isEqualTo(Map.of("Body", "", "Flag", "", "To", "3"));
    }

    @Test
    void refusesABrokenEscapeAsAMalformedRequest() {
        assertThatThrownBy(() -> FormBody.decode("MessageSid=%zz&Body=%", StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getBody().getType().toString()).isEqualTo("urn:muster:problem:malformed-request");
                });
    }

    @Test
    void decodesInTheCharsetTheContentTypeNames() {
        MediaType latin1 = MediaType.parseMediaType("application/x-www-form-urlencoded; charset=ISO-8859-1");

        StepVerifier.create(FormBody.read(body("Body=caf%E9"), latin1))
                .expectNext(Map.of("Body", "café"))
                .verifyComplete();
        StepVerifier.create(FormBody.read(body("Body=caf%C3%A9"), FORM))
                .expectNext(Map.of("Body", "café"))
                .verifyComplete();
    }

    @Test
    void readsAnEmptyBodyAsNoParameters() {
        StepVerifier.create(FormBody.read(Flux.empty(), FORM))
                .expectNext(Map.of())
                .verifyComplete();
    }

    @Test
    void failsABodyThatGrowsPastTheLimitWhileItIsRead() {
        Flux<DataBuffer> chunks = Flux.range(0, 10).map(i -> wrap("Body=" + "1".repeat(8 * 1024)));

        StepVerifier.create(FormBody.read(chunks, FORM)).verifyError(DataBufferLimitException.class);
    }

    @Test
    void tellsAFormFromOtherContentTypes() {
        assertThat(FormBody.formType(headers("application/x-www-form-urlencoded;charset=UTF-8")))
                .isNotNull();
        assertThat(FormBody.formType(headers("application/json"))).isNull();
        assertThat(FormBody.formType(headers("not a media type"))).isNull();
        assertThat(FormBody.formType(headers("application/x-www-form-urlencoded; charset=no-such-charset")))
                .isNull();
        assertThat(FormBody.formType(new HttpHeaders())).isNull();
    }

    private static HttpHeaders headers(String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, contentType);
        return headers;
    }

    private static Flux<DataBuffer> body(String text) {
        return Flux.just(wrap(text));
    }

    private static DataBuffer wrap(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
