package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void tagsAreReadCaseInsensitivelyWithOrWithoutARegion() {
        for (String tag : new String[] {"ko", "KO", "ko-KR", "Ko_kr", " ko ", "ko-Kore-KR"}) {
            assertEquals(Language.KO, Language.byTag(tag), tag);
        }
        for (String tag : new String[] {"en", "EN-us", "en_GB"}) {
            assertEquals(Language.EN, Language.byTag(tag), tag);
        }
    }

    @Test
    void unknownMissingAndEmptyTagsMeanEnglish() {
        for (String tag : new String[] {null, "", " ", "kor", "k", "-ko", "fr", "ko!"}) {
            assertEquals(Language.EN, Language.byTag(tag), String.valueOf(tag));
        }
    }

    @Test
    void readingATagDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals(Language.KO, Language.byTag("KO"));
            assertEquals(Language.EN, Language.byTag("EN"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void eachLanguageHasItsTag() {
        assertEquals("en", Language.EN.tag());
        assertEquals("ko", Language.KO.tag());
        for (Language l : Language.values()) {
            assertEquals(l, Language.byTag(l.tag()));
        }
    }
}
