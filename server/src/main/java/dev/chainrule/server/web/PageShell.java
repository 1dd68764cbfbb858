package dev.chainrule.server.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A page rendered once with a marker wherever a per-request value goes (the viewer's email, the CSRF token, the path the
 * language switcher returns to, the page's body), kept as UTF-8 bytes between the markers. Filling it in is a copy of
 * those bytes with each value, HTML-escaped (the body as it is), in its place: no template work per request.
 */
public final class PageShell {

    /** The per-request values of a page; each marker is two private-use characters around a letter, which no page text has. */
    public enum Slot {
        EMAIL, CSRF, HERE, BODY;

        private static final char FENCE = '\uE000';

        public String marker() {
            return "" + FENCE + (char) ('A' + ordinal()) + FENCE;
        }
    }

    private final List<byte[]> texts;
    private final List<Slot> slots;
    private final int size;

    private PageShell(List<byte[]> texts, List<Slot> slots) {
        this.texts = texts;
        this.slots = slots;
        this.size = texts.stream().mapToInt(text -> text.length).sum();
    }

    /** Splits a page rendered with {@link Slot#marker()}s for its values. */
    public static PageShell of(String rendered) {
        List<byte[]> texts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        int search = 0;
        while (true) {
            int open = rendered.indexOf(Slot.FENCE, search);
            if (open < 0) {
                texts.add(rendered.substring(from).getBytes(StandardCharsets.UTF_8));
                return new PageShell(List.copyOf(texts), List.copyOf(slots));
            }
            Slot slot = slotAt(rendered, open);
            if (slot == null) { // a private-use character of the page's own text
                search = open + 1;
                continue;
            }
            texts.add(rendered.substring(from, open).getBytes(StandardCharsets.UTF_8));
            slots.add(slot);
            from = open + 3;
            search = from;
        }
    }

    private static Slot slotAt(String text, int open) {
        if (open + 2 >= text.length() || text.charAt(open + 2) != Slot.FENCE) {
            return null;
        }
        int index = text.charAt(open + 1) - 'A';
        return index >= 0 && index < Slot.values().length ? Slot.values()[index] : null;
    }

    /** The slots in page order (a slot may appear more than once, or not at all). */
    public List<Slot> slots() {
        return slots;
    }

    /**
     * The page with {@code values} in its slots, escaped for HTML, and {@code body} (UTF-8 parts of HTML, sent as they
     * are) in {@link Slot#BODY}.
     */
    public byte[] fill(Map<Slot, String> values, List<byte[]> body) {
        Map<Slot, byte[]> encoded = new EnumMap<>(Slot.class);
        int bodyLength = body.stream().mapToInt(part -> part.length).sum();
        int length = size;
        for (Slot slot : slots) {
            if (slot == Slot.BODY) {
                length += bodyLength;
                continue;
            }
            byte[] value = encoded.computeIfAbsent(slot, s -> {
                String text = values.get(s);
                if (text == null) {
                    throw new IllegalArgumentException("no value for the page's " + s + " slot");
                }
                return Html.escape(text).getBytes(StandardCharsets.UTF_8);
            });
            length += value.length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < slots.size(); i++) {
            at = put(texts.get(i), page, at);
            if (slots.get(i) == Slot.BODY) {
                for (byte[] part : body) {
                    at = put(part, page, at);
                }
            } else {
                at = put(encoded.get(slots.get(i)), page, at);
            }
        }
        put(texts.get(texts.size() - 1), page, at);
        return page;
    }

    private static int put(byte[] part, byte[] page, int at) {
        System.arraycopy(part, 0, page, at, part.length);
        return at + part.length;
    }

    /** Sends the filled page as the reply's HTML. */
    public void send(Context ctx, Map<Slot, String> values, List<byte[]> body) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(fill(values, body));
    }
}
