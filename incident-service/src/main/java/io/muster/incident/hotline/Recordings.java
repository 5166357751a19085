package io.muster.incident.hotline;

import io.muster.incident.api.ProblemException;
import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Streams a recording from the provider to the caller chunk by chunk (nothing is buffered whole),
 * with the configured basic credentials, after the SSRF guard allowed its URL.
 */
@Component
class Recordings {

    static final class NotAllowed extends ProblemException {
        NotAllowed() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "recording-url-not-allowed",
                    "Recording not fetchable",
                    "The recording's address is not under the configured muster.hotline.recording-base-url.");
        }
    }

    static final class Unavailable extends ProblemException {
        Unavailable() {
            super(
                    HttpStatus.BAD_GATEWAY,
                    "recording-unavailable",
                    "Recording unavailable",
                    "The provider did not deliver the recording.");
        }
    }

    private final HotlineProperties properties;
    private final RecordingGuard guard;
    private final WebClient client = WebClient.builder().build();

    Recordings(HotlineProperties properties) {
        this.properties = properties;
        this.guard = new RecordingGuard(properties.recordingBaseUrl());
    }

    Mono<ResponseEntity<Flux<DataBuffer>>> stream(String recordingUrl) {
        URI url = guard.allowed(recordingUrl).orElse(null);
        if (url == null) {
            return Mono.error(new NotAllowed());
        }
        return client.get()
                .uri(url)
                .headers(headers -> {
                    if (properties.username() != null && properties.password() != null) {
                        headers.setBasicAuth(properties.username(), properties.password());
                    }
                })
                .retrieve()
                .toEntityFlux(DataBuffer.class)
                .timeout(properties.fetchTimeout())
                .map(upstream -> ResponseEntity.ok()
                        .contentType(
                                upstream.getHeaders().getContentType() == null
                                        ? MediaType.parseMediaType("audio/wav")
                                        : upstream.getHeaders().getContentType())
                        .body(upstream.getBody()))
                .onErrorMap(
                        e -> e instanceof WebClientException || e instanceof java.util.concurrent.TimeoutException,
                        e -> new Unavailable());
    }
}
