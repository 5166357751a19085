package io.muster.incident.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The document types accepted, with their content type and the file name extensions they may carry. */
enum DocumentKind {
    PDF("application/pdf", List.of(".pdf")),
    TEXT("text/plain; charset=utf-8", List.of(".txt")),
    MARKDOWN("text/markdown; charset=utf-8", List.of(".md", ".markdown")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx")),
    ODT("application/vnd.oasis.opendocument.text", List.of(".odt"));

    private final String contentType;
    private final List<String> extensions;

    DocumentKind(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    static Optional<DocumentKind> byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (DocumentKind kind : values()) {
            if (kind.extensions.stream().anyMatch(lower::endsWith)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
