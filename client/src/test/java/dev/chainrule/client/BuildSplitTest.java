package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builds TeaVM wrote in process-classes (before tests run): what a lesson page downloads (chainrule.js or .wasm)
 * leaves the experiments to the lab build, and stays within its size budget (docs/PERFORMANCE.md, issue 7).
 */
class BuildSplitTest {
    private static final Path BUILDS = Path.of("target", "classes", "public", "js");
    /** gzip -9 bytes the page build may take: today's size and ~1.5 % of room; the target is 60 KB. */
    private static final int JS_PAGE_BUDGET = 90_500;
    private static final int WASM_PAGE_BUDGET = 111_500;

    private static byte[] read(String name) throws IOException {
        return Files.readAllBytes(BUILDS.resolve(name));
    }

    /** Whether {@code text} occurs in the build (a JS source, or a Wasm module's string data, both UTF-8 here). */
    private static boolean contains(byte[] build, String text) {
        return new String(build, StandardCharsets.ISO_8859_1).contains(new String(text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
    }

    private static int gzipSize(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(data);
        }
        return out.size();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void thePageBuildLeavesExperimentRunsChartsAndTheTrainingLabToTheLabBuild(String target) throws IOException {
        byte[] page = read("chainrule." + target);
        byte[] lab = read("chainrule-lab." + target);
        for (String labOnly : new String[] {"chart-interactive", "training-plot", "experiment-controls"}) {
            assertFalse(contains(page, labOnly), "the page build has " + labOnly);
            assertTrue(contains(lab, labOnly), "the lab build lacks " + labOnly);
        }
        assertTrue(contains(page, "exercise-check"), "the page build lacks the exercise widget");
        assertFalse(contains(lab, "exercise-check"), "the lab build carries the exercise widget too");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void thePageBuildStaysWithinItsGzipBudget(String target) throws IOException {
        int size = gzipSize(read("chainrule." + target));
        int budget = target.equals("js") ? JS_PAGE_BUDGET : WASM_PAGE_BUDGET;
        assertTrue(size <= budget, "chainrule." + target + " is " + size + " bytes gzip -9, over its budget of " + budget);
    }
}
