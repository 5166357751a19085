package io.muster.incident.document;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the {@code file} part of a multipart upload as it streams in, and stops at the size limit:
 * nothing larger is buffered in memory or spilled to disk. Other parts are drained and ignored.
 */
@Component
class UploadReader {

    /** The uploaded file's name and bytes. */
    record Upload(String fileName, byte[] bytes) {}

    // Multipart boundaries and part headers around the file.
    private static final long ENVELOPE = 64 * 1024;

    private final int maxBytes;

    UploadReader(DocumentsProperties properties) {
        this.maxBytes =
                (int) Math.min(Integer.MAX_VALUE - 8, properties.maxSize().toBytes());
    }

    Mono<Upload> read(long contentLength, Flux<PartEvent> parts) {
        if (contentLength > maxBytes + ENVELOPE) {
            return Mono.error(DocumentProblem.tooLarge(maxBytes));
        }
        return parts.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((first, events) -> {
                    if (first.get() instanceof FilePartEvent file
                            && file.name().equals("file")
                            && !file.filename().isBlank()) {
                        return join(events).map(bytes -> new Upload(file.filename(), bytes));
                    }
                    return events.doOnNext(event -> DataBufferUtils.release(event.content()))
                            .then(Mono.<Upload>empty());
                }))
                .next()
                .switchIfEmpty(Mono.error(DocumentProblem::missingFile));
    }

    private Mono<byte[]> join(Flux<PartEvent> events) {
        return DataBufferUtils.join(events.map(PartEvent::content), maxBytes)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class, e -> DocumentProblem.tooLarge(maxBytes));
    }
}
