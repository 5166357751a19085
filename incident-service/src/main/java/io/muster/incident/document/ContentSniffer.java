package io.muster.incident.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a document is from its bytes, not its name: PDF by its header, DOCX / XLSX / ODT by
 * the entries of their ZIP container ({@link ZipDirectory}: its table of contents, nothing is ever
 * inflated; ODT's mimetype entry is stored uncompressed), text by being valid UTF-8 without control
 * characters. An archive that declares it inflates to more than 1 GiB is no document of ours.
 */
final class ContentSniffer {

    private static final int MAX_ENTRIES = 2000;
    private static final long MAX_INFLATED = 1L << 30;

    private ContentSniffer() {}

    static Optional<DocumentKind> sniff(byte[] bytes, DocumentKind claimed) {
        if (startsWith(bytes, "%PDF-")) return Optional.of(DocumentKind.PDF);
        if (startsWith(bytes, "PK\u0003\u0004")) return office(bytes);
        if (isText(bytes)) {
            return Optional.of(claimed == DocumentKind.MARKDOWN ? DocumentKind.MARKDOWN : DocumentKind.TEXT);
        }
        return Optional.empty();
    }

    private static Optional<DocumentKind> office(byte[] bytes) {
        var archive = ZipDirectory.read(bytes, MAX_ENTRIES);
        if (archive.isEmpty() || archive.get().declaredSize() > MAX_INFLATED) return Optional.empty();
        List<ZipDirectory.Entry> entries = archive.get().entries();
        Set<String> names = new HashSet<>();
        entries.forEach(entry -> names.add(entry.name()));
        if (!entries.isEmpty() && entries.getFirst().name().equals("mimetype")) {
            byte[] type = archive.get().stored(entries.getFirst(), 100).orElse(new byte[0]);
            if (new String(type, StandardCharsets.US_ASCII).equals(DocumentKind.ODT.contentType())) {
                return Optional.of(DocumentKind.ODT);
            }
        }
        if (!names.contains("[Content_Types].xml")) return Optional.empty();
        if (names.contains("word/document.xml")) return Optional.of(DocumentKind.DOCX);
        if (names.contains("xl/workbook.xml")) return Optional.of(DocumentKind.XLSX);
        return Optional.empty();
    }

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
