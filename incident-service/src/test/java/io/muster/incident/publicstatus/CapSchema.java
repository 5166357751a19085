package io.muster.incident.publicstatus;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The project's CAP 1.2 schema (src/main/resources/cap/cap-1.2.xsd), for validating what we produce. */
final class CapSchema {

    private static final Schema SCHEMA = load();

    private CapSchema() {}

    /** Throws when the document is not a valid CAP 1.2 alert. */
    static void validate(String document) throws SAXException, java.io.IOException {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(document)));
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(CapSchema.class.getResource("/cap/cap-1.2.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
