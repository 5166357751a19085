package io.muster.incident.document;

import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the first {@code file} part of a multipart upload as it streams in, keeping at most the size
 * limit in memory (nothing is spilled to disk). Bytes past the limit, other parts and further
 * {@code file} parts are read and dropped, so the client gets its answer on an intact connection;
 * more than {@code max-parts} parts is refused, and a body over twice the size limit is cut off.
 */
@Component
class UploadReader {

    /** The uploaded file's name and bytes. */
    record Upload(String fileName, byte[] bytes) {}

    private final int maxBytes;
    private final long maxBody;
    private final int maxParts;

    UploadReader(DocumentsProperties properties) {
        this.maxBytes =
                (int) Math.min(Integer.MAX_VALUE - 8, properties.maxSize().toBytes());
        this.maxBody = 2L * maxBytes;
        this.maxParts = properties.maxParts();
    }

    Mono<Upload> read(Flux<PartEvent> parts) {
        Request request = new Request();
        return parts.windowUntil(PartEvent::isLast)
                .concatMap(part -> part.switchOnFirst((first, events) -> {
                    Collected file = request.start(first.get());
                    return events.doOnNext(event -> request.add(file, event.content()));
                }))
                .then(Mono.fromSupplier(request::upload));
    }

    /** One upload's state: its parts so far, the body's bytes, and the file being kept. */
    private final class Request {
        private int parts;
        private long bodyBytes;
        private @Nullable Collected file;

        /** The file part to keep, if this part is the first {@code file} within the limits. */
        @Nullable
        Collected start(@Nullable PartEvent first) {
            parts++;
            if (parts <= maxParts
                    && file == null
                    && first instanceof FilePartEvent part
                    && part.name().equals("file")
                    && !part.filename().isBlank()) {
                file = new Collected(part.filename());
                return file;
            }
            return null;
        }

        void add(@Nullable Collected target, DataBuffer buffer) {
            try {
                bodyBytes += buffer.readableByteCount();
                if (bodyBytes > maxBody) {
                    throw DocumentProblem.tooLarge(maxBytes);
                }
                if (target != null) {
                    target.add(buffer);
                }
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        Upload upload() {
            if (parts > maxParts) throw DocumentProblem.tooManyParts(maxParts);
            if (file == null) throw DocumentProblem.missingFile();
            if (file.tooLarge) throw DocumentProblem.tooLarge(maxBytes);
            return new Upload(file.fileName, file.bytes.toByteArray());
        }
    }

    /** The bytes of the kept file part so far. */
    private final class Collected {
        private final String fileName;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean tooLarge;

        Collected(String fileName) {
            this.fileName = fileName;
        }

        void add(DataBuffer buffer) {
            int readable = buffer.readableByteCount();
            if (tooLarge || bytes.size() + readable > maxBytes) {
                tooLarge = true;
                bytes.reset();
                return;
            }
            byte[] chunk = new byte[readable];
            buffer.read(chunk);
            bytes.writeBytes(chunk);
        }
    }
}
