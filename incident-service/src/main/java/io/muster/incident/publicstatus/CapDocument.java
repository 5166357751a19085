package io.muster.incident.publicstatus;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import java.io.StringWriter;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a published statement as a CAP 1.2 alert: status Exercise for a drill's statement, the
 * msgType fixed at publication, references to the earlier statements as
 * {@code sender,identifier,sent}, and one {@code <info>} per language. A streaming writer escapes
 * every text, so no statement text can change the document's structure.
 */
@Component
class CapDocument {

    static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    private final PublicStatusProperties properties;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    CapDocument(PublicStatusProperties properties) {
        this.properties = properties;
    }

    static String identifier(UUID statementId) {
        return "urn:uuid:" + statementId;
    }

    String write(PublishedStatement statement) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("alert");
            xml.writeDefaultNamespace(NAMESPACE);
            header(xml, statement);
            for (LanguageText text : statement.texts()) {
                info(xml, statement, text);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CAP for statement " + statement.id(), e);
        }
        return out.toString();
    }

    private void header(XMLStreamWriter xml, PublishedStatement statement) throws XMLStreamException {
        element(xml, "identifier", identifier(statement.id()));
        element(xml, "sender", properties.capSender());
        element(xml, "sent", CapTimes.format(statement.publishedAt()));
        element(xml, "status", statement.exercise() ? "Exercise" : "Actual");
        element(xml, "msgType", statement.msgType());
        element(xml, "scope", "Public");
        if (statement.exercise()) {
            element(xml, "note", "Exercise: this message belongs to a drill, not to a real incident.");
        }
        if (!statement.references().isEmpty()) {
            element(xml, "references", references(statement));
        }
    }

    private String references(PublishedStatement statement) {
        return statement.references().stream()
                .map(ref ->
                        properties.capSender() + "," + identifier(ref.id()) + "," + CapTimes.format(ref.publishedAt()))
                .collect(Collectors.joining(" "));
    }

    private void info(XMLStreamWriter xml, PublishedStatement statement, LanguageText text) throws XMLStreamException {
        xml.writeStartElement("info");
        element(xml, "language", text.language());
        element(xml, "category", "Other");
        element(xml, "event", statement.eventName());
        element(xml, "urgency", "Unknown");
        element(xml, "severity", severity(statement.severity()));
        element(xml, "certainty", "Observed");
        element(xml, "senderName", properties.organisation());
        element(xml, "headline", text.headlineOr(statement.headline()));
        element(xml, "description", text.text());
        element(xml, "web", properties.statusUrl());
        xml.writeEndElement();
    }

    private static String severity(String incidentSeverity) {
        return switch (incidentSeverity) {
            case "LOW" -> "Minor";
            case "MODERATE" -> "Moderate";
            case "HIGH" -> "Severe";
            case "CRITICAL" -> "Extreme";
            default -> "Unknown";
        };
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }
}
