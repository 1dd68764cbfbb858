package dev.chainrule.server.lesson;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Parses a diagram's HTML as XML with the JDK, so a test fails on anything that is not well formed. */
final class Xml {

    private Xml() {
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static Element svg(String html) throws Exception {
        return (Element) parse(html).getElementsByTagName("svg").item(0);
    }

    static int count(Document doc, String tag, String attribute, String value) {
        NodeList list = doc.getElementsByTagName(tag);
        int count = 0;
        for (int i = 0; i < list.getLength(); i++) {
            if (((Element) list.item(i)).getAttribute(attribute).equals(value)) {
                count++;
            }
        }
        return count;
    }
}
