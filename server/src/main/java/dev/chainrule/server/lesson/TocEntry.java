package dev.chainrule.server.lesson;

/** One {@code ##} heading of a lesson: its anchor id and its text as HTML (math already marked up). */
public record TocEntry(String id, String html) {
}
