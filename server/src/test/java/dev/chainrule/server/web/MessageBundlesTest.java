package dev.chainrule.server.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MessageBundlesTest {

    @Test
    void everyEnglishKeyHasAKoreanTranslationAndNoMore() throws IOException {
        Set<String> english = keys("messages_en.properties");
        Set<String> korean = keys("messages_ko.properties");
        assertFalse(english.isEmpty());
        assertEquals(english, korean);
    }

    @Test
    void messagesWithArgumentsAreFormatted() {
        assertEquals("Lesson 3", new Messages(java.util.Locale.ENGLISH).get("lesson.number", 3));
        assertEquals("3강", new Messages(java.util.Locale.KOREAN).get("lesson.number", 3));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
