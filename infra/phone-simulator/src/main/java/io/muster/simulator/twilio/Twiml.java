package io.muster.simulator.twilio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A parsed TwiML {@code <Response>}: its verbs in order. Blank or unparsable answers have no verbs. */
public record Twiml(List<Element> verbs) {

    public static Twiml parse(String xml) {
        if (xml == null || xml.isBlank()) {
            return new Twiml(List.of());
        }
        try {
            Element root = factory()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            return new Twiml("Response".equals(root.getTagName()) ? children(root) : List.of());
        } catch (Exception e) {
            return new Twiml(List.of());
        }
    }

    /** The element children of a verb, e.g. the {@code <Say>} inside a {@code <Gather>}. */
    public static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** What a {@code <Message>} says: its {@code <Body>} if it has one, else its own text. */
    public static String messageText(Element message) {
        return children(message).stream()
                .filter(child -> "Body".equals(child.getTagName()))
                .findFirst()
                .orElse(message)
                .getTextContent()
                .strip();
    }

    // TwiML comes from the application under test; never resolve entities or DTDs from it.
    private static DocumentBuilderFactory factory() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
