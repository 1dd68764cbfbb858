package dev.chainrule.grader.exercise;

/** The languages the grader writes its feedback in. */
public enum Language {
    EN("en"),
    KO("ko");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language's BCP 47 tag, as used in {@code ?lang=} and file names ({@code lesson.ko.md}). */
    public String tag() {
        return tag;
    }

    /**
     * The language for a tag such as "ko", "ko-KR" or "KO_kr" (case-insensitive, surrounding spaces ignored);
     * English for null or an unknown tag. Lower-cases ASCII only, so the result does not depend on the
     * default locale (a Turkish one maps "I" elsewhere) and no Unicode tables reach the browser bundle.
     */
    public static Language byTag(String tag) {
        if (tag == null) {
            return EN;
        }
        String trimmed = tag.trim();
        StringBuilder primary = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '-' || c == '_') {
                break;
            }
            primary.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        String primaryTag = primary.toString();
        for (Language language : values()) {
            if (language.tag.equals(primaryTag)) {
                return language;
            }
        }
        return EN;
    }
}
