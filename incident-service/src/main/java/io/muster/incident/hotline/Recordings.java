package io.muster.incident.hotline;

import io.muster.incident.web.ProblemException;
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
public class Recordings {

    static final class NotAllowed extends ProblemException {
        NotAllowed() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "recording-url-not-allowed",
                    "Recording not fetchable",
                    "The address is not a recording of the configured account"
                            + " (muster.hotline.recording-base-url and account-sid).");
        }
    }

    static final class Unavailable extends ProblemException {
        Unavailable(String detail) {
            super(HttpStatus.BAD_GATEWAY, "recording-unavailable", "Recording unavailable", detail);
        }
    }

    private final HotlineProperties properties;
    private final RecordingGuard guard;
    private final WebClient client = WebClient.builder().build();

    Recordings(HotlineProperties properties) {
        this.properties = properties;
        this.guard = new RecordingGuard(properties.recordingBaseUrl(), properties.account());
    }

    /** Also the voice messages' player (voicemessage/): one guard and one set of credentials for every recording. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> stream(String recordingUrl) {
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
                .map(Recordings::audioOnly)
                .onErrorMap(
                        e -> e instanceof WebClientException || e instanceof java.util.concurrent.TimeoutException,
                        e -> new Unavailable("The provider did not deliver the recording."));
    }

    // Only audio passes: whatever else the provider answers (an error page, JSON) stays here.
    private static ResponseEntity<Flux<DataBuffer>> audioOnly(ResponseEntity<Flux<DataBuffer>> upstream) {
        MediaType type = upstream.getHeaders().getContentType();
        if (type == null || !type.getType().equals("audio") || upstream.getBody() == null) {
            if (upstream.getBody() != null) {
                upstream.getBody().take(0).subscribe(); // cancels: the connection is dropped unread
            }
            throw new Unavailable("The provider answered with something other than audio.");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(type.getType(), type.getSubtype()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(upstream.getBody());
    }
}
