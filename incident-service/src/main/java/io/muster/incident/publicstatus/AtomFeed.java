package io.muster.incident.publicstatus;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/** Writes the public statements as an Atom 1.0 feed (RFC 4287), newest first, each linking its CAP document. */
@Component
class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private final PublicStatusProperties properties;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    AtomFeed(PublicStatusProperties properties) {
        this.properties = properties;
    }

    String write(List<PublishedStatement> statements) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", properties.statusUrl() + "/feed.atom");
            element(xml, "title", properties.organisation() + " status");
            element(xml, "updated", updated(statements).toString());
            link(xml, "self", "application/atom+xml", properties.statusUrl() + "/feed.atom");
            link(xml, "alternate", "text/html", properties.statusUrl());
            xml.writeStartElement("author");
            element(xml, "name", properties.organisation());
            xml.writeEndElement();
            for (PublishedStatement statement : statements) {
                entry(xml, statement, false);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static Instant updated(List<PublishedStatement> statements) {
        return statements.isEmpty() ? Instant.EPOCH : statements.get(0).publishedAt();
    }

    /** One statement's entry as a document of its own (the console's preview of what the feed will carry). */
    String entry(PublishedStatement statement) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            entry(xml, statement, true);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom entry of statement " + statement.id(), e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, PublishedStatement statement, boolean standalone)
            throws XMLStreamException {
        xml.writeStartElement("entry");
        if (standalone) {
            xml.writeDefaultNamespace(NAMESPACE);
        }
        element(xml, "id", CapDocument.identifier(statement.id()));
        element(xml, "title", (statement.exercise() ? "[Exercise] " : "") + statement.headline());
        element(xml, "published", statement.publishedAt().toString());
        element(xml, "updated", statement.publishedAt().toString());
        link(xml, "alternate", "text/html", properties.statusUrl() + "#statement-" + statement.id());
        link(xml, "alternate", "application/cap+xml", properties.statusUrl() + "/cap/" + statement.id() + ".xml");
        xml.writeStartElement("category");
        xml.writeAttribute("term", statement.msgType());
        xml.writeEndElement();
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(XmlText.clean(content(statement)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String content(PublishedStatement statement) {
        StringBuilder text = new StringBuilder();
        for (LanguageText language : statement.texts()) {
            text.append('[')
                    .append(language.language())
                    .append("] ")
                    .append(language.headlineOr(statement.headline()))
                    .append("\n")
                    .append(language.text())
                    .append("\n\n");
        }
        return text.toString().strip();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }
}
