package io.muster.incident.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContentSnifferTests {

    @Test
    void recognisesEachAcceptedTypeByItsContent() {
        assertThat(ContentSniffer.sniff(SampleDocuments.pdf("x"), DocumentKind.TEXT))
                .contains(DocumentKind.PDF);
        assertThat(ContentSniffer.sniff(SampleDocuments.docx(), DocumentKind.PDF))
                .contains(DocumentKind.DOCX);
        assertThat(ContentSniffer.sniff(SampleDocuments.xlsx(), DocumentKind.PDF))
                .contains(DocumentKind.XLSX);
        assertThat(ContentSniffer.sniff(SampleDocuments.odt(), DocumentKind.PDF))
                .contains(DocumentKind.ODT);
        byte[] words = "Ärger über Öl\n\tok".getBytes(StandardCharsets.UTF_8);
        assertThat(ContentSniffer.sniff(words, DocumentKind.MARKDOWN)).contains(DocumentKind.MARKDOWN);
        assertThat(ContentSniffer.sniff(words, DocumentKind.PDF)).contains(DocumentKind.TEXT);
    }

    @Test
    void refusesBinariesInvalidUtf8AndZipsThatAreNoOfficeDocument() {
        assertThat(ContentSniffer.sniff(new byte[] {'M', 'Z', 0, 1}, DocumentKind.TEXT))
                .isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] {'a', (byte) 0xC3, 'b'}, DocumentKind.TEXT))
                .isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, DocumentKind.DOCX))
                .isEmpty();
    }

    @Test
    void readsAnOfficeDocumentFromItsTableOfContentsWithoutInflatingAnything() {
        assertThat(ContentSniffer.sniff(SampleDocuments.docxThatCannotBeInflated(), DocumentKind.DOCX))
                .contains(DocumentKind.DOCX);
    }

    @Test
    void refusesAnArchiveThatDeclaresItInflatesBeyondAGibibyteAtOnce() {
        byte[] bomb = SampleDocuments.docxBomb(1100);
        long started = System.nanoTime();

        assertThat(ContentSniffer.sniff(bomb, DocumentKind.DOCX)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }
}
