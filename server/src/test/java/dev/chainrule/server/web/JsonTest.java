package dev.chainrule.server.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonTest {

    @Test
    void jsonForAScriptElementCannotCloseTheScript() {
        String json = Json.forScriptElement(Json.mapper(), Map.of("prompt", "</script><script>alert(1)</script> & \u2028"));
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertEquals(Map.of("prompt", "</script><script>alert(1)</script> & \u2028"), readBack(json));
    }

    private static Object readBack(String json) {
        try {
            return Json.mapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
