package dev.chainrule.server.course;

import dev.chainrule.grader.exercise.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The course in every language it is written in, each edition rendered once. A page in a language the course lacks
 * shows the original edition (the language of its exercise files): a site's own English-only course still works
 * with the Korean interface.
 */
public record Editions(Language original, Map<Language, ServedCourse> byLanguage) {

    public Editions {
        if (!byLanguage.containsKey(original)) {
            throw new IllegalArgumentException("no edition in the original language " + original.tag());
        }
        byLanguage = Map.copyOf(new EnumMap<>(byLanguage));
    }

    /** A course written in one language only. */
    public static Editions of(ServedCourse only) {
        Language language = only.course().lessons().isEmpty() ? Language.EN : Language.byTag(only.course().lessons().get(0).language());
        return new Editions(language, Map.of(language, only));
    }

    /** The edition in {@code language}, or the original when the course is not written in it. */
    public ServedCourse in(Language language) {
        ServedCourse edition = byLanguage.get(language);
        return edition != null ? edition : byLanguage.get(original);
    }

    /** The original edition: the course's structure and numbers, which every edition shares. */
    public ServedCourse originalEdition() {
        return byLanguage.get(original);
    }

    public Set<Language> languages() {
        return byLanguage.keySet();
    }
}
