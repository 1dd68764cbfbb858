package dev.chainrule.server.lesson;

import dev.chainrule.server.web.Messages;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkDiagramTest {

    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);

    @Test
    void readsLayerSizesAndShortcuts() {
        assertEquals(new NetworkDiagram.Spec(List.of(2, 3, 3, 1), false), NetworkDiagram.parse("2 3 3 1\n"));
        assertEquals(new NetworkDiagram.Spec(List.of(2, 3, 1), true), NetworkDiagram.parse(" 2  3 1 shortcuts "));
    }

    @Test
    void rejectsBadSizesWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.parse("2")).getMessage().contains("2 to 8 layers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.parse("2 0 1")).getMessage().contains("1 to 12"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.parse("2 x 1")).getMessage().contains("'x'"));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.parse("2 1 shortcuts"));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.parse("shortcuts 2 1"));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.parse(""));
    }

    @Test
    void drawsACirclePerNeuronAndALinePerConnection() throws Exception {
        Document doc = Xml.parse(NetworkDiagram.figure("n", NetworkDiagram.parse("2 3 3 1"), MESSAGES));
        assertEquals(9, doc.getElementsByTagName("circle").getLength());
        assertEquals(2 * 3 + 3 * 3 + 3, doc.getElementsByTagName("line").getLength());
        assertEquals("Fully connected network with layers of 2, 3, 3, 1 neurons (9 in all)",
                Xml.svg(NetworkDiagram.figure("n", NetworkDiagram.parse("2 3 3 1"), MESSAGES)).getAttribute("aria-label"));
        assertEquals("img", Xml.svg(NetworkDiagram.figure("n", NetworkDiagram.parse("2 3 3 1"), MESSAGES)).getAttribute("role"));
    }

    @Test
    void drawsAShortcutAroundEveryHiddenLayerWhenAsked() throws Exception {
        String without = NetworkDiagram.figure("n", NetworkDiagram.parse("2 3 3 3 1"), MESSAGES);
        String with = NetworkDiagram.figure("n", NetworkDiagram.parse("2 3 3 3 1 shortcuts"), MESSAGES);
        assertEquals(1, Xml.parse(without).getElementsByTagName("path").getLength(), "only the arrowhead");
        assertEquals(1 + 3, Xml.parse(with).getElementsByTagName("path").getLength());
        assertTrue(with.contains("shortcut"));
        assertFalse(without.contains("class=\"shortcuts\""));
    }
}
