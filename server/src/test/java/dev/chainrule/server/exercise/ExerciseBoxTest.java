package dev.chainrule.server.exercise;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExerciseBoxTest {

    @Test
    void parametersAreWrittenAsTexWithSubscriptsInDeclaredOrder() {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("x", 1.5);
        params.put("w1", -0.3);
        params.put("d", 1.0);
        params.put("eta", 0.25);
        assertEquals("x = 1.5,\\quad w_{1} = -0.3,\\quad d = 1,\\quad \\mathit{eta} = 0.25", ExerciseBox.paramsTex(params));
    }
}
