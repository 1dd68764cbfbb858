package dev.chainrule.server.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageShellTest {

    private static final String EMAIL = PageShell.Slot.EMAIL.marker();
    private static final String CSRF = PageShell.Slot.CSRF.marker();
    private static final String HERE = PageShell.Slot.HERE.marker();
    private static final String BODY = PageShell.Slot.BODY.marker();

    private static String fill(PageShell shell, Map<PageShell.Slot, String> values, String... body) {
        List<byte[]> parts = java.util.Arrays.stream(body).map(part -> part.getBytes(StandardCharsets.UTF_8)).toList();
        return new String(shell.fill(values, parts), StandardCharsets.UTF_8);
    }

    @Test
    void slotsAreFilledInPageOrderAndASlotMayRepeat() {
        PageShell shell = PageShell.of("<meta content=\"" + CSRF + "\"><p>" + EMAIL + "</p><main>" + BODY + "</main>"
                + "<input value=\"" + CSRF + "\"><input value=\"" + HERE + "\">");
        assertEquals(List.of(PageShell.Slot.CSRF, PageShell.Slot.EMAIL, PageShell.Slot.BODY, PageShell.Slot.CSRF, PageShell.Slot.HERE),
                shell.slots());
        String page = fill(shell, Map.of(PageShell.Slot.CSRF, "t0k", PageShell.Slot.EMAIL, "a@b.org", PageShell.Slot.HERE, "/lessons/x"),
                "<h1>", "Title", "</h1>");
        assertEquals("<meta content=\"t0k\"><p>a@b.org</p><main><h1>Title</h1></main><input value=\"t0k\"><input value=\"/lessons/x\">", page);
    }

    @Test
    void valuesAreEscapedForHtmlButTheBodyIsSentAsItIs() {
        PageShell shell = PageShell.of("<p title=\"" + HERE + "\">" + EMAIL + "</p>" + BODY);
        String page = fill(shell, Map.of(PageShell.Slot.EMAIL, "<b>x</b>&'", PageShell.Slot.HERE, "/a?b=\"><script>"), "<em>ok</em>");
        assertEquals("<p title=\"/a?b=&quot;&gt;&lt;script&gt;\">&lt;b&gt;x&lt;/b&gt;&amp;&#39;</p><em>ok</em>", page);
    }

    @Test
    void textOutsideTheSlotsKeepsEveryCharacterIncludingLonePrivateUseOnes() {
        String text = "한국어 σ(z)·(1 − z) \uE000 icon \uE000Z\uE000 \uE000";
        PageShell shell = PageShell.of(text + BODY + text);
        assertEquals(List.of(PageShell.Slot.BODY), shell.slots());
        assertEquals(text + "✓" + text, fill(shell, Map.of(), "✓"));
    }

    @Test
    void aPageWithoutSlotsIsSentUnchanged() {
        assertEquals("<p>static</p>", fill(PageShell.of("<p>static</p>"), Map.of()));
    }

    @Test
    void aSlotWithoutAValueIsRefusedRatherThanSentEmpty() {
        PageShell shell = PageShell.of("<p>" + EMAIL + "</p>");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> fill(shell, Map.of()));
        assertEquals("no value for the page's EMAIL slot", refused.getMessage());
    }

    @Test
    void aViewersPlaceholderIsTheSameForEveryoneWhoSeesTheSamePage() {
        Viewer alice = new Viewer("alice@example.org", false, true, "token-a");
        Viewer bob = new Viewer("bob@example.org", false, true, "token-b");
        assertEquals(alice.placeholder(), bob.placeholder());
        assertEquals(new Viewer(EMAIL, false, true, CSRF), alice.placeholder());
        assertEquals(new Viewer(null, false, false, CSRF), new Viewer(null, false, false, "t").placeholder());
        assertEquals(Viewer.NOBODY, Viewer.NOBODY.placeholder());
    }
}
