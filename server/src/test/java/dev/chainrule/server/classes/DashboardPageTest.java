package dev.chainrule.server.classes;

import dev.chainrule.server.web.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's model without a server: links, filters, sorting, the shared email domain and the cells' words. */
class DashboardPageTest {

    static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");
    static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    static final SchoolClass CLASS = new SchoolClass(7, "Backprop", "ABCDEFGH", NOW);

    @Test
    void linksKeepTheFiltersAndLeaveDefaultsOut() {
        DashboardPage.Query query = new DashboardPage.Query("chain-rule", "a b&c", "late", true, "stuck", 2L);
        assertEquals("/classes/7?lesson=chain-rule&q=a+b%26c&who=stuck&sort=solved&dir=desc&page=3",
                query.link("/classes/7", "solved", true, 3));
        assertEquals("/classes/7", new DashboardPage.Query(null, null, null, false, null, null).link("/classes/7", "email", false, 1));
        DashboardPage.Query odd = new DashboardPage.Query(null, "  x ", "nonsense", false, "everybody", null);
        assertEquals("email", odd.sort());
        assertEquals("all", odd.who());
        assertEquals("x", odd.q());
    }

    @Test
    void theSharedDomainIsLeftOutOfTheMatrixOnlyWhenEveryLearnerHasIt() {
        assertEquals("@school.org", DashboardPage.commonDomain(List.of(row(1, "ada@school.org", Map.of()), row(2, "bo@school.org", Map.of()))));
        assertNull(DashboardPage.commonDomain(List.of(row(1, "ada@school.org", Map.of()), row(2, "bo@home.org", Map.of()))));
        assertNull(DashboardPage.commonDomain(List.of(row(1, "ada@school.org", Map.of()))), "one learner: nothing to save");
    }

    @Test
    void sortingByLastAttemptPutsLearnersWithoutOneFirstAndTiesGoByEmail() {
        List<ClassReport.LearnerRow> rows = new ArrayList<>(List.of(
                row(1, "cy@x.org", Map.of("a", new ClassReport.Cell(1.0, 1, 0, NOW.minus(Duration.ofHours(1))))),
                row(2, "bo@x.org", Map.of()),
                row(3, "ada@x.org", Map.of()),
                row(4, "di@x.org", Map.of("a", new ClassReport.Cell(1.0, 1, 0, NOW.minus(Duration.ofDays(3)))))));
        rows.sort(DashboardPage.order("active", false));
        assertEquals(List.of("ada@x.org", "bo@x.org", "di@x.org", "cy@x.org"), rows.stream().map(ClassReport.LearnerRow::email).toList());
        rows.sort(DashboardPage.order("active", true));
        assertEquals("cy@x.org", rows.get(0).email());
    }

    @Test
    void withManyColumnsACellShowsItsSymbolAndSeveralAttemptsAndSaysTheRestInWords() {
        List<ClassReport.Column> columns = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            columns.add(new ClassReport.Column("e" + i, "Exercise " + i, i <= 6 ? "one" : "two", null, i <= 6 ? 1 : 2, (i <= 6 ? "1." : "2.") + i));
        }
        ClassReport report = new ClassReport(columns, List.of(
                row(1, "ada@x.org", Map.of("e1", new ClassReport.Cell(1.0, 1, 0, NOW), "e2", new ClassReport.Cell(0.5, 2, 2, NOW))),
                row(2, "bo@x.org", Map.of("e1", new ClassReport.Cell(0.0, 4, 0, NOW)))), List.of(),
                List.of(new ClassReport.LessonCompletion("one", 1, "One", 6, null, 0, 2), new ClassReport.LessonCompletion("two", 2, "Two", 7, null, 0, 2)));
        Map<String, Object> model = model(report, new DashboardPage.Query(null, null, null, false, null, null));
        assertEquals(true, model.get("compact"));
        assertEquals("@x.org", model.get("domain"));
        DashboardPage.MatrixRow ada = rows(model).get(0);
        assertEquals("ada", ada.name());
        DashboardPage.CellView solved = ada.cells().get(0);
        assertEquals("\u2713", solved.symbol());
        assertEquals("", solved.text(), "one attempt: the symbol says it all");
        assertEquals("solved, 1 attempt", solved.words());
        assertEquals("cell cell-solved lesson-start", solved.css());
        DashboardPage.CellView partial = ada.cells().get(1);
        assertEquals("2", partial.text());
        assertEquals("*", partial.late());
        assertEquals("partly right, best 50%, 2 attempts, 2 late", partial.words());
        assertEquals("cell cell-none", ada.cells().get(2).css());
        assertEquals("cell cell-none lesson-start", ada.cells().get(6).css(), "the second lesson's first column");
        assertTrue(ada.cellsHtml().startsWith("<td class=\"cell cell-solved lesson-start\" data-exercise-id=\"e1\" title=\"solved, 1 attempt\">"
                + "<span class=\"symbol\" aria-hidden=\"true\">\u2713</span><span class=\"visually-hidden\">solved, 1 attempt</span></td>"),
                ada.cellsHtml());
        assertEquals(13, ada.cellsHtml().split("<td ", -1).length - 1);

        Map<String, Object> one = model(report, new DashboardPage.Query("one", null, null, false, "stuck", null));
        assertEquals(false, one.get("compact"), "one lesson's six columns have room for words");
        List<DashboardPage.MatrixRow> stuck = rows(one);
        assertEquals(List.of("bo@x.org"), stuck.stream().map(r -> r.learner().email()).toList());
        assertEquals("0% (4)", stuck.get(0).cells().get(0).text());
        assertEquals(6, stuck.get(0).cells().size());
    }

    @Test
    void theSortLinksTurnTheCurrentSortAroundAndStartOthersWithTheMost() {
        ClassReport report = new ClassReport(List.of(), List.of(row(1, "ada@x.org", Map.of())), List.of(), List.of());
        Map<String, Object> model = model(report, new DashboardPage.Query(null, "ada", "solved", true, null, null));
        @SuppressWarnings("unchecked")
        Map<String, String> links = (Map<String, String>) model.get("sortLinks");
        assertEquals("/classes/7?q=ada&sort=solved#matrix-heading", links.get("solved"));
        assertEquals("/classes/7?q=ada&sort=total&dir=desc#matrix-heading", links.get("total"));
        assertEquals("/classes/7?q=ada#matrix-heading", links.get("email"));
        @SuppressWarnings("unchecked")
        Map<String, String> aria = (Map<String, String>) model.get("ariaSort");
        assertEquals("descending", aria.get("solved"));
        assertNull(aria.get("email"));
        assertTrue(((List<?>) model.get("pages")).isEmpty(), "one page: no page links");
    }

    @Test
    void escapingKeepsMarkupOutOfCellsAndAttributes() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", DashboardPage.escape("a <b> & \"c\" 'd'"));
        assertEquals("plain", DashboardPage.escape("plain"));
    }

    private static Map<String, Object> model(ClassReport report, DashboardPage.Query query) {
        return DashboardPage.model(CLASS, report, ClassOverview.of(report, NOW), query, ENGLISH, NOW);
    }

    @SuppressWarnings("unchecked")
    private static List<DashboardPage.MatrixRow> rows(Map<String, Object> model) {
        return (List<DashboardPage.MatrixRow>) model.get("rows");
    }

    private static ClassReport.LearnerRow row(long id, String email, Map<String, ClassReport.Cell> cells) {
        Instant last = cells.values().stream().map(ClassReport.Cell::last).max(Instant::compareTo).orElse(null);
        int solved = (int) cells.values().stream().filter(ClassReport.Cell::solved).count();
        return new ClassReport.LearnerRow(id, email, new HashMap<>(cells), solved, solved, 0, Map.of(), NOW, last);
    }
}
