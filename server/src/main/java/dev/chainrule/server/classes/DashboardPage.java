package dev.chainrule.server.classes;

import dev.chainrule.server.web.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The class dashboard's model: the overview, the lessons with completion and deadline, the learners x exercises matrix
 * (filtered by lesson, email and who may need help, sorted, {@value #PAGE_SIZE} learners a page) with every cell worked
 * out here, and the per-exercise statistics grouped by lesson. Plain data in, plain data out: no request, no database.
 */
final class DashboardPage {

    static final int PAGE_SIZE = 50;
    /** Up to this many exercise columns (one lesson), cells say best score and attempts; with more, symbol and attempts. */
    static final int DETAILED_COLUMNS = 12;
    static final List<String> SORTS = List.of("email", "solved", "total", "attempts", "late", "active");
    /** Which learners the matrix shows: everyone, those stuck on an exercise, those without an attempt for 7 days. */
    static final List<String> WHO = List.of("all", "stuck", "quiet");
    /** A deadline as a datetime-local field shows it (UTC, as the form reads it). */
    static final DateTimeFormatter DEADLINE_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    /** What the teacher asked for: lesson slug and email filter (empty: none), sort, direction, who, page (null: 1). */
    record Query(String lesson, String q, String sort, boolean descending, String who, Long page) {

        Query {
            lesson = lesson == null ? "" : lesson;
            q = q == null ? "" : q.strip();
            sort = sort != null && SORTS.contains(sort) ? sort : "email";
            who = who != null && WHO.contains(who) ? who : "all";
        }

        /** This query's link on {@code base} with {@code sort}, {@code descending} and {@code page} replaced. */
        String link(String base, String sort, boolean descending, int page) {
            StringJoiner params = new StringJoiner("&", base + "?", "").setEmptyValue(base);
            add(params, "lesson", lesson);
            add(params, "q", q);
            add(params, "who", "all".equals(who) ? "" : who);
            add(params, "sort", "email".equals(sort) && !descending ? "" : sort);
            add(params, "dir", descending ? "desc" : "");
            add(params, "page", page > 1 ? String.valueOf(page) : "");
            return params.toString();
        }

        private static void add(StringJoiner params, String name, String value) {
            if (!value.isEmpty()) {
                params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** A lesson's row: completion, and its deadline as words (null: none) and as the form's field value. */
    public record LessonView(String slug, int number, String title, int complete, int learners, int percent, String due,
                             String dueRelative, boolean duePast, String input) {
    }

    /** The matrix's lesson header: a lesson's number and title over {@code span} exercise columns. */
    public record LessonGroup(String slug, int number, String title, int span) {
    }

    /**
     * One learner's row of the matrix: each cell's class, symbol and words worked out here, and the cells as HTML (each
     * distinct cell's markup made once per page), their newest attempt in words and the name shown (the email, without
     * the domain every learner of the class shares). A page shows 50 rows of up to 50 cells: template expressions per
     * cell would cost more than the queries.
     */
    public record MatrixRow(ClassReport.LearnerRow learner, List<CellView> cells, String cellsHtml, String lastActive, String name) {
    }

    /**
     * A matrix cell as shown: CSS classes, the symbol that says its state without colour, its short text (attempts when
     * more than one, or with few columns best score and attempts), its state in words (tooltip and screen readers) and its late mark.
     */
    public record CellView(String exerciseId, String css, String symbol, String text, String words, String late) {
    }

    /** The statistics of one lesson's exercises, each with its short label. */
    public record StatsGroup(int number, String title, List<StatsRow> rows) {
    }

    public record StatsRow(String label, ClassReport.ExerciseStats stats) {
    }

    /** A link to a page of the matrix. */
    public record PageLink(int number, String href, boolean current) {
    }

    private DashboardPage() {
    }

    static Map<String, Object> model(SchoolClass schoolClass, ClassReport report, ClassOverview overview, Query query,
                                     Messages messages, Instant now) {
        String base = "/classes/" + schoolClass.id();
        RelativeTime times = new RelativeTime(messages, now);
        List<ClassReport.Column> columns = report.columns().stream()
                .filter(c -> query.lesson().isEmpty() || c.lessonSlug().equals(query.lesson())).toList();
        String needle = query.q().toLowerCase(Locale.ROOT);
        List<ClassReport.LearnerRow> rows = new ArrayList<>(report.learners().stream()
                .filter(r -> needle.isEmpty() || r.email().contains(needle))
                .filter(r -> switch (query.who()) {
                    case "stuck" -> ClassOverview.stuck(r);
                    case "quiet" -> ClassOverview.quiet(r, now);
                    default -> true;
                })
                .toList());
        rows.sort(order(query.sort(), query.descending()));
        int pageCount = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = query.page() == null ? 1 : (int) Math.max(1, Math.min(pageCount, query.page()));
        boolean compact = columns.size() > DETAILED_COLUMNS;
        CellTexts texts = new CellTexts(messages, compact);
        String domain = commonDomain(report.learners());
        List<String> ids = columns.stream().map(c -> escape(c.exerciseId())).toList();
        List<MatrixRow> shown = new ArrayList<>(PAGE_SIZE);
        for (ClassReport.LearnerRow row : rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE))) {
            shown.add(row(row, columns, ids, texts, times, domain));
        }

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("schoolClass", schoolClass);
        model.put("overview", overview);
        model.put("times", times);
        model.put("lessons", lessons(report, times));
        model.put("columns", columns);
        model.put("groups", groups(columns, report));
        Set<String> lessonStarts = new HashSet<>();
        String lesson = null;
        for (ClassReport.Column column : columns) {
            if (!column.lessonSlug().equals(lesson)) {
                lessonStarts.add(column.exerciseId());
            }
            lesson = column.lessonSlug();
        }
        model.put("lessonStarts", lessonStarts);
        model.put("stuckAttempts", ClassOverview.STUCK_ATTEMPTS);
        model.put("rows", shown);
        model.put("compact", compact);
        model.put("domain", domain);
        model.put("matching", rows.size());
        model.put("learnerCount", report.learners().size());
        model.put("statistics", statistics(report, columns));
        model.put("lessonFilter", query.lesson());
        model.put("q", query.q());
        model.put("sort", query.sort());
        model.put("sorts", SORTS);
        model.put("dir", query.descending() ? "desc" : "asc");
        model.put("who", query.who());
        model.put("whos", WHO);
        Map<String, String> sortLinks = new HashMap<>();
        Map<String, String> ariaSort = new HashMap<>();
        for (String sort : SORTS) {
            boolean current = sort.equals(query.sort());
            // a new sort starts with the most first (the alphabet for email); the current one turns around
            boolean descending = current ? !query.descending() : !"email".equals(sort);
            sortLinks.put(sort, query.link(base, sort, descending, 1) + "#matrix-heading");
            ariaSort.put(sort, current ? (query.descending() ? "descending" : "ascending") : null);
        }
        model.put("sortLinks", sortLinks);
        model.put("ariaSort", ariaSort);
        List<PageLink> pages = new ArrayList<>();
        for (int n = 1; n <= pageCount && pageCount > 1; n++) {
            pages.add(new PageLink(n, query.link(base, query.sort(), query.descending(), n) + "#matrix-heading", n == page));
        }
        model.put("pages", pages);
        model.put("page", page);
        model.put("pageCount", pageCount);
        model.put("stuckLink", new Query("", "", "active", true, "stuck", null).link(base, "active", true, 1) + "#matrix-heading");
        model.put("quietLink", new Query("", "", "active", false, "quiet", null).link(base, "active", false, 1) + "#matrix-heading");
        return model;
    }

    static Comparator<ClassReport.LearnerRow> order(String sort, boolean descending) {
        Comparator<ClassReport.LearnerRow> order = switch (sort) {
            case "solved" -> Comparator.comparingInt(ClassReport.LearnerRow::solved);
            case "total" -> Comparator.comparingDouble(ClassReport.LearnerRow::total);
            case "attempts" -> Comparator.comparingInt(ClassReport.LearnerRow::attempts);
            case "late" -> Comparator.comparingInt(ClassReport.LearnerRow::late);
            case "active" -> Comparator.comparing(ClassReport.LearnerRow::lastAttempt, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> Comparator.comparing(ClassReport.LearnerRow::email);
        };
        order = descending ? order.reversed() : order;
        return order.thenComparing(ClassReport.LearnerRow::email);
    }

    /** The part of the email after "@" when two or more learners share it and every learner has it, else null. */
    static String commonDomain(List<ClassReport.LearnerRow> learners) {
        String domain = null;
        for (ClassReport.LearnerRow row : learners) {
            int at = row.email().lastIndexOf('@');
            String own = at < 1 ? "" : row.email().substring(at);
            if (own.isEmpty() || (domain != null && !domain.equals(own))) {
                return null;
            }
            domain = own;
        }
        return learners.size() < 2 ? null : domain;
    }

    private static MatrixRow row(ClassReport.LearnerRow learner, List<ClassReport.Column> columns, List<String> ids, CellTexts texts,
                                 RelativeTime times, String domain) {
        List<CellView> cells = new ArrayList<>(columns.size());
        StringBuilder html = new StringBuilder(columns.size() * 200);
        String lesson = null;
        for (int i = 0; i < columns.size(); i++) {
            ClassReport.Column column = columns.get(i);
            ClassReport.Cell cell = learner.cell(column.exerciseId());
            boolean first = !column.lessonSlug().equals(lesson);
            lesson = column.lessonSlug();
            CellText text = texts.of(cell);
            String css = first ? text.css() + " lesson-start" : text.css();
            cells.add(new CellView(column.exerciseId(), css, cell.symbol(), text.text(), text.words(), text.late()));
            html.append("<td class=\"").append(css).append("\" data-exercise-id=\"").append(ids.get(i)).append('"').append(text.html());
        }
        String email = learner.email();
        return new MatrixRow(learner, cells, html.toString(), times.ago(learner.lastAttempt()),
                domain == null ? email : email.substring(0, email.length() - domain.length()));
    }

    /**
     * A cell's CSS classes and words, the same for every cell with the same record, and its markup after the class and
     * exercise attributes: the words as tooltip and for screen readers, symbol, attempts and late mark for the eye.
     */
    private record CellText(String css, String text, String words, String late, String html) {

        static CellText of(String css, String symbol, String text, String words, String late) {
            return new CellText(css, text, words, late, " title=\"" + escape(words) + "\"><span class=\"symbol\" aria-hidden=\"true\">" + symbol + "</span>"
                    + (text.isEmpty() ? "" : "<span class=\"tries\" aria-hidden=\"true\">" + escape(text) + "</span>")
                    + (late == null ? "" : "<span class=\"late\" aria-hidden=\"true\">" + escape(late) + "</span>")
                    + "<span class=\"visually-hidden\">" + escape(words) + "</span></td>");
        }
    }

    /** {@code text} safe in HTML text and in a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The cells' texts in one language and mode, each formatted once per page (many cells share a record). */
    private static final class CellTexts {
        private record Key(String state, int percent, int attempts, int late) {
        }

        private final Messages messages;
        private final boolean compact;
        private final Map<Key, CellText> made = new HashMap<>();

        CellTexts(Messages messages, boolean compact) {
            this.messages = messages;
            this.compact = compact;
        }

        CellText of(ClassReport.Cell cell) {
            return made.computeIfAbsent(new Key(cell.state(), cell.percent(), cell.attempts(), cell.late()), key -> make(key, cell.symbol()));
        }

        private CellText make(Key key, String symbol) {
            if (key.state().equals("none")) {
                String notTried = messages.get("progress.notTried");
                return CellText.of("cell cell-none", symbol, compact ? "" : notTried, notTried, null);
            }
            String words = messages.get("classes.cell." + key.state(), key.percent(), key.attempts())
                    + (key.late() > 0 ? messages.get("classes.cell.late", key.late()) : "");
            // compact: the number of attempts only when there was more than one, so the cells that took several stand out
            String text = !compact ? messages.get("classes.cell", key.percent(), key.attempts())
                    : key.attempts() > 1 ? String.valueOf(key.attempts()) : "";
            String late = key.late() == 0 ? null : compact ? "*" : messages.get("classes.lateCount", key.late());
            return CellText.of("cell cell-" + key.state(), symbol, text, words, late);
        }
    }

    private static List<LessonView> lessons(ClassReport report, RelativeTime times) {
        List<LessonView> lessons = new ArrayList<>();
        for (ClassReport.LessonCompletion l : report.lessons()) {
            lessons.add(new LessonView(l.slug(), l.number(), l.title(), l.complete(), l.learners(), l.percent(),
                    l.deadline() == null ? null : times.deadline(l.deadline()),
                    l.deadline() == null ? null : times.until(l.deadline()),
                    l.deadline() != null && times.past(l.deadline()),
                    l.deadline() == null ? "" : DEADLINE_INPUT.format(l.deadline())));
        }
        return lessons;
    }

    private static List<LessonGroup> groups(List<ClassReport.Column> columns, ClassReport report) {
        Map<String, String> titles = new HashMap<>();
        report.lessons().forEach(l -> titles.put(l.slug(), l.title()));
        List<LessonGroup> groups = new ArrayList<>();
        for (ClassReport.Column column : columns) {
            LessonGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.slug().equals(column.lessonSlug())) {
                groups.set(groups.size() - 1, new LessonGroup(last.slug(), last.number(), last.title(), last.span() + 1));
            } else {
                groups.add(new LessonGroup(column.lessonSlug(), column.lessonNumber(),
                        titles.getOrDefault(column.lessonSlug(), column.lessonSlug()), 1));
            }
        }
        return groups;
    }

    private static List<StatsGroup> statistics(ClassReport report, List<ClassReport.Column> columns) {
        Map<String, ClassReport.ExerciseStats> stats = new HashMap<>();
        report.exercises().forEach(s -> stats.put(s.exerciseId(), s));
        List<LessonGroup> groups = groups(columns, report);
        List<StatsGroup> out = new ArrayList<>();
        int at = 0;
        for (LessonGroup group : groups) {
            List<StatsRow> rows = new ArrayList<>();
            for (ClassReport.Column column : columns.subList(at, at + group.span())) {
                rows.add(new StatsRow(column.label(), stats.get(column.exerciseId())));
            }
            at += group.span();
            out.add(new StatsGroup(group.number(), group.title(), rows));
        }
        return out;
    }
}
