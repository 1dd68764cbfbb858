package dev.chainrule.server.lesson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Holds Markdown rendered once to HTML, with a slot for each {@code exercise} block that is filled per request
 * (each learner sees their own variant). Slots are marked with NUL characters, which Markdown source cannot produce.
 * The text between the slots is also kept as UTF-8, so that a page is sent without encoding it again.
 */
public final class RenderedMarkdown {

    static final char SLOT = '\u0000';

    private final String html;
    private final List<TocEntry> toc;
    private final List<String> exerciseIds;
    private final List<byte[]> texts;

    public RenderedMarkdown(String html, List<TocEntry> toc) {
        this.html = html;
        this.toc = List.copyOf(toc);
        List<String> ids = new ArrayList<>();
        List<byte[]> between = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = html.indexOf(SLOT, from);
            if (open < 0) {
                between.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
                break;
            }
            int close = html.indexOf(SLOT, open + 1);
            between.add(html.substring(from, open).getBytes(StandardCharsets.UTF_8));
            ids.add(html.substring(open + 1, close));
            from = close + 1;
        }
        this.exerciseIds = List.copyOf(ids);
        this.texts = List.copyOf(between);
    }

    static String slot(String exerciseId) {
        return SLOT + exerciseId + SLOT;
    }

    /** The HTML with its slots. */
    public String html() {
        return html;
    }

    public List<TocEntry> toc() {
        return toc;
    }

    /** The ids of the exercise blocks, in document order. */
    public List<String> exerciseIds() {
        return exerciseIds;
    }

    /** The HTML with every exercise slot replaced by {@code box.apply(exerciseId)}. */
    public String html(Function<String, String> box) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int from = 0;
        while (true) {
            int open = html.indexOf(SLOT, from);
            if (open < 0) {
                return out.append(html, from, html.length()).toString();
            }
            int close = html.indexOf(SLOT, open + 1);
            out.append(html, from, open).append(box.apply(html.substring(open + 1, close)));
            from = close + 1;
        }
    }

    /** The same as UTF-8 parts in page order: the text between the slots, and {@code box.apply(exerciseId)}'s in each. */
    public List<byte[]> parts(Function<String, List<byte[]>> box) {
        List<byte[]> parts = new ArrayList<>(texts.size() * 4);
        for (int i = 0; i < exerciseIds.size(); i++) {
            parts.add(texts.get(i));
            parts.addAll(box.apply(exerciseIds.get(i)));
        }
        parts.add(texts.get(texts.size() - 1));
        return parts;
    }
}
