package io.muster.incident.document;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the {@code file} part of a multipart upload as it streams in, keeping at most the size
 * limit in memory (nothing is spilled to disk); bytes past the limit are read and dropped, so the
 * client always gets its answer on an intact connection. Other parts are drained and ignored.
 */
@Component
class UploadReader {

    /** The uploaded file's name and bytes. */
    record Upload(String fileName, byte[] bytes) {}

    private final int maxBytes;

    UploadReader(DocumentsProperties properties) {
        this.maxBytes =
                (int) Math.min(Integer.MAX_VALUE - 8, properties.maxSize().toBytes());
    }

    Mono<Upload> read(Flux<PartEvent> parts) {
        List<Collected> files = new ArrayList<>();
        return parts.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((first, events) -> {
                    if (first.get() instanceof FilePartEvent file
                            && file.name().equals("file")
                            && !file.filename().isBlank()) {
                        Collected collected = new Collected(file.filename());
                        files.add(collected);
                        return events.doOnNext(event -> collected.add(event.content()));
                    }
                    return events.doOnNext(event -> DataBufferUtils.release(event.content()));
                }))
                .then(Mono.fromSupplier(() -> upload(files)));
    }

    private Upload upload(List<Collected> files) {
        if (files.isEmpty()) throw DocumentProblem.missingFile();
        Collected file = files.getFirst();
        if (file.tooLarge) throw DocumentProblem.tooLarge(maxBytes);
        return new Upload(file.fileName, file.bytes.toByteArray());
    }

    /** The bytes of one file part so far; each buffer is copied and released at once. */
    private final class Collected {
        private final String fileName;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean tooLarge;

        Collected(String fileName) {
            this.fileName = fileName;
        }

        void add(DataBuffer buffer) {
            try {
                int readable = buffer.readableByteCount();
                if (tooLarge || bytes.size() + readable > maxBytes) {
                    tooLarge = true;
                    bytes.reset();
                    return;
                }
                byte[] chunk = new byte[readable];
                buffer.read(chunk);
                bytes.writeBytes(chunk);
            } finally {
                DataBufferUtils.release(buffer);
            }
        }
    }
}
