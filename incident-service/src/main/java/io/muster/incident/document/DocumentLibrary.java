package io.muster.incident.document;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.incidenttype.IncidentTypes;
import io.muster.incident.storage.Jdbc;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Uploads (checked by content, versioned by name, audited) and reads response documents. The type
 * a document claims by its name must be the type its bytes show, so a renamed executable is refused.
 */
@Component
class DocumentLibrary {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_(][A-Za-z0-9 ._()-]{0,119}$");

    private final Jdbc jdbc;
    private final ResponseDocuments documents;
    private final DocumentContents contents;
    private final IncidentTypes types;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentLibrary(
            Jdbc jdbc,
            ResponseDocuments documents,
            DocumentContents contents,
            IncidentTypes types,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.contents = contents;
        this.types = types;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the name and the content off the event loop (a 10 MB text is read whole), then stores. */
    Mono<ResponseDocument> upload(String type, String name, byte[] bytes, String by) {
        return Mono.fromCallable(() -> kindOf(name, bytes))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(kind -> jdbc.transactional(() -> store(type, name, kind, bytes, by)));
    }

    private static DocumentKind kindOf(String name, byte[] bytes) {
        if (!NAME.matcher(name).matches()) throw DocumentProblem.badName(name);
        DocumentKind claimed = DocumentKind.byExtension(name)
                .orElseThrow(() -> DocumentProblem.unsupported("The file name has no accepted extension."));
        DocumentKind actual = ContentSniffer.sniff(bytes, claimed)
                .orElseThrow(() -> DocumentProblem.unsupported("The content is not of an accepted type."));
        if (actual != claimed) {
            throw DocumentProblem.unsupported("The content is " + actual + " but the name says " + claimed + ".");
        }
        return actual;
    }

    private ResponseDocument store(String type, String name, DocumentKind kind, byte[] bytes, String by) {
        requireType(type);
        UUID id = UUID.randomUUID();
        int version = documents.nextVersion(type, name);
        String storedPath = contents.store(id, bytes);
        var document = new ResponseDocument(
                id,
                type,
                name,
                version,
                kind.contentType(),
                bytes.length,
                sha256(bytes),
                by,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                DocumentLinks.download(type, name, version),
                storedPath);
        documents.insert(document, storedPath == null ? bytes : null);
        audit.record(
                null,
                by,
                "DOCUMENT_UPLOADED",
                type + "/" + name,
                Map.of(
                        "version",
                        version,
                        "size",
                        bytes.length,
                        "sha256",
                        document.sha256(),
                        "contentType",
                        kind.contentType()));
        return document;
    }

    Mono<List<ResponseDocument>> latest(String type) {
        return jdbc.transactional(() -> {
            requireType(type);
            return documents.latest(type);
        });
    }

    Mono<List<ResponseDocument>> ofIncident(UUID incidentId) {
        return jdbc.transactional(() -> documents.latest(jdbc.client()
                .sql("SELECT incident_type FROM incidents WHERE id = ?")
                .param(incidentId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IncidentNotFound(incidentId))));
    }

    Mono<List<ResponseDocument>> versions(String type, String name) {
        return jdbc.transactional(() -> {
            List<ResponseDocument> found = documents.versions(type, name);
            if (found.isEmpty()) throw DocumentProblem.notFound(type, name);
            return found;
        });
    }

    /** One version (0: the newest) with its bytes. */
    Mono<Download> download(String type, String name, int version) {
        return jdbc.transactional(() -> {
            var document = (version == 0
                            ? documents.versions(type, name).stream().findFirst()
                            : documents.version(type, name, version))
                    .orElseThrow(() -> DocumentProblem.notFound(type, name));
            byte[] bytes = document.storedPath() == null
                    ? documents.content(document.id())
                    : contents.read(document.storedPath());
            return new Download(document, bytes);
        });
    }

    record Download(ResponseDocument document, byte[] bytes) {}

    private void requireType(String type) {
        if (!types.exists(type)) throw DocumentProblem.typeNotFound(type);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
