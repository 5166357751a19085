package io.muster.incident.directory.importing;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code POST /api/people/import}: a CSV file of people in, a report row by row out. */
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
                .flatMap(peopleImport::run);
    }
}
