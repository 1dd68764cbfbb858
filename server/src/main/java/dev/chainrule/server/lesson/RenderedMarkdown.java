package dev.chainrule.server.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Holds Markdown rendered once to HTML, with a slot for each {@code exercise} block that is filled per request
 * (each learner sees their own variant). Slots are marked with NUL characters, which Markdown source cannot produce.
 */
public record RenderedMarkdown(String html, List<TocEntry> toc) {

    static final char SLOT = '\u0000';

    static String slot(String exerciseId) {
        return SLOT + exerciseId + SLOT;
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

    /** The ids of the exercise blocks, in document order. */
    public List<String> exerciseIds() {
        List<String> ids = new ArrayList<>();
        html(id -> {
            ids.add(id);
            return "";
        });
        return List.copyOf(ids);
    }
}
