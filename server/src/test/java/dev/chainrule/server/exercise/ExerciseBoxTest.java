package dev.chainrule.server.exercise;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
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

    @Test
    void numbersAreWrittenWithAtMostSixDecimalsAndNoTrailingZeros() {
        assertEquals("0.1", ExerciseBox.number(0.1));
        assertEquals("-2", ExerciseBox.number(-2.0));
        assertEquals("0.333333", ExerciseBox.number(1.0 / 3));
        assertEquals("0", ExerciseBox.number(-0.0));
    }

    @Test
    void aLayersNumbersAreWrittenAsMatricesWithSamplesAsColumns() {
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("x[0,0]", 0.5);
        params.put("x[0,1]", -1.0);
        params.put("U1[0,0]", 0.2);
        params.put("U1[1,0]", -0.3);
        params.put("d[0,0]", 1.0);
        params.put("d[0,1]", 0.0);
        params.put("d[1,0]", 0.0);
        params.put("d[1,1]", 1.0);
        assertEquals("x = \\begin{bmatrix}0.5 & -1\\end{bmatrix},\\quad U^{(1)} = \\begin{bmatrix}0.2 \\\\ -0.3\\end{bmatrix},"
                + "\\quad d = \\begin{bmatrix}1 & 0 \\\\ 0 & 1\\end{bmatrix}", LayerMatrices.tex(List.of(1, 2), 2, params));
    }
}
