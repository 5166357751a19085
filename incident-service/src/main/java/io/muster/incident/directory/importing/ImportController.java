package io.muster.incident.directory.importing;

import io.muster.incident.web.InvalidFields;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/people/import}: a CSV file of people in, a report row by row out. A file over
 * 64 MB is a 413, a file holding NUL (no text file does) a 400; each row is checked like the API's
 * {@code POST /api/people}.
 */
@RestController
class ImportController {

    // Far above the default codec limit: 100,000 rows are about 12 MB.
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private final PeopleImport peopleImport;

    ImportController(PeopleImport peopleImport) {
        this.peopleImport = peopleImport;
    }

    @PostMapping(path = "/api/people/import", consumes = "text/csv")
    Mono<ImportReport> importCsv(@RequestBody Flux<DataBuffer> body) {
        return DataBufferUtils.join(body, MAX_BYTES)
                .map(buffer -> {
                    String csv = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return csv;
                })
                .defaultIfEmpty("")
                .map(ImportController::text)
                .flatMap(peopleImport::run);
    }

    private static String text(String csv) {
        if (csv.indexOf('\0') >= 0) {
            throw new InvalidFields(
                    List.of(new InvalidFields.FieldError("file", "must be text, without NUL characters")));
        }
        return csv;
    }
}
