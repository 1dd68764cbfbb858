package dev.chainrule.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads docs/AUTHORING.md as a test fixture, so tests follow the guide as written (shared through the test jar). */
public final class AuthoringGuide {
    private AuthoringGuide() {}

    /** The guide's walk-through files: fenced blocks whose info string names a file with title="...". */
    public static Map<String, String> walkthroughFiles() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "AUTHORING.md"));
        Map<String, String> files = new LinkedHashMap<>();
        int at = 0;
        while ((at = guide.indexOf("title=\"", at)) >= 0) {
            int lineStart = guide.lastIndexOf('\n', at) + 1;
            String fence = guide.substring(lineStart, at).replaceAll("[a-z ]", "");
            int nameEnd = guide.indexOf('"', at + 7);
            String name = guide.substring(at + 7, nameEnd);
            int bodyStart = guide.indexOf('\n', nameEnd) + 1;
            int bodyEnd = guide.indexOf("\n" + fence + "\n", bodyStart);
            files.put(name, guide.substring(bodyStart, bodyEnd + 1));
            at = bodyEnd;
        }
        return files;
    }

    /** Writes the walk-through's files under {@code root}; returns the content folder ({@code root/mycourse}). */
    public static Path writeWalkthrough(Path root) throws IOException {
        for (Map.Entry<String, String> f : walkthroughFiles().entrySet()) {
            Path file = root.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return root.resolve("mycourse");
    }
}
