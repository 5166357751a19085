package io.muster.incident.document;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Response documents of an incident type, and those of an incident's type. */
@RestController
class DocumentController {

    private static final String BY_TYPE = "/api/incident-types/{code}/documents";

    private final DocumentLibrary library;
    private final UploadReader uploads;

    DocumentController(DocumentLibrary library, UploadReader uploads) {
        this.library = library;
        this.uploads = uploads;
    }

    /** Multipart with one part named {@code file}; its file name is the document's name. */
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping(path = BY_TYPE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<ResponseDocument>> upload(
            @PathVariable String code, @RequestBody Flux<PartEvent> parts, Principal by) {
        return uploads.read(parts)
                .flatMap(upload -> library.upload(code, upload.fileName(), upload.bytes(), by.getName()))
                .map(document ->
                        ResponseEntity.created(URI.create(document.download())).body(document));
    }

    @GetMapping(BY_TYPE)
    Mono<List<ResponseDocument>> latest(@PathVariable String code) {
        return library.latest(code);
    }

    @GetMapping("/api/incidents/{id}/documents")
    Mono<List<ResponseDocument>> ofIncident(@PathVariable UUID id) {
        return library.ofIncident(id);
    }

    @GetMapping(BY_TYPE + "/{name}/versions")
    Mono<List<ResponseDocument>> versions(@PathVariable String code, @PathVariable String name) {
        return library.versions(code, name);
    }

    @GetMapping(BY_TYPE + "/{name}")
    Mono<ResponseEntity<byte[]>> newest(@PathVariable String code, @PathVariable String name) {
        return library.download(code, name, 0).map(DocumentController::file);
    }

    @GetMapping(BY_TYPE + "/{name}/versions/{version}")
    Mono<ResponseEntity<byte[]>> version(
            @PathVariable String code, @PathVariable String name, @PathVariable @Min(1) int version) {
        return library.download(code, name, version).map(DocumentController::file);
    }

    // Always an attachment, never sniffed by the browser: an uploaded file must not run as a page.
    private static ResponseEntity<byte[]> file(DocumentLibrary.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.document().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.document().name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "X-Document-Version",
                        Integer.toString(download.document().version()))
                .body(download.bytes());
    }
}
