package io.muster.incident.document;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** What can go wrong with a document upload or download. */
final class DocumentProblem extends ProblemException {

    private DocumentProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    static DocumentProblem tooLarge(long max) {
        return new DocumentProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                "document-too-large",
                "Document too large",
                "Documents may be at most " + max + " bytes.");
    }

    static DocumentProblem tooManyParts(int max) {
        return new DocumentProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-many-parts",
                "Too many parts",
                "An upload may have at most " + max + " parts; send the document as the one part named 'file'.");
    }

    static DocumentProblem unsupported(String detail) {
        return new DocumentProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-document-type",
                "Unsupported document type",
                detail + " Accepted: PDF, plain text, Markdown, DOCX, XLSX, ODT.");
    }

    static DocumentProblem missingFile() {
        return new DocumentProblem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "Send the document as the multipart part named 'file', with a file name.");
    }

    static DocumentProblem badName(String name) {
        return new DocumentProblem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "A document name is 1-120 letters, digits, spaces and . _ ( ) -, not starting with a dot: "
                        + name.length() + " characters given.");
    }

    static DocumentProblem notFound(String type, String name) {
        return new DocumentProblem(
                HttpStatus.NOT_FOUND,
                "document-not-found",
                "Document not found",
                "No document " + name + " for incident type " + type + ".");
    }

    static DocumentProblem typeNotFound(String type) {
        return new DocumentProblem(
                HttpStatus.NOT_FOUND,
                "incident-type-not-found",
                "Incident type not found",
                "No incident type " + type + ".");
    }
}
