package dev.chainrule.content;

import java.util.ArrayList;
import java.util.List;

/** Internal links in a lesson must lead somewhere: {@code /lessons/SLUG} to a lesson, {@code #exercise-ID} to an exercise. */
final class LinkCheck {
    private LinkCheck() {}

    static List<ContentException> check(String file, String markdown, int firstLine, Course course) {
        List<ContentException> problems = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf("](");
            while (at >= 0) {
                int end = line.indexOf(')', at + 2);
                if (end < 0) {
                    break;
                }
                String target = line.substring(at + 2, end).strip();
                String problem = problem(target, course);
                if (problem != null) {
                    problems.add(new ContentException(file, firstLine + i, problem));
                }
                at = line.indexOf("](", end);
            }
        }
        return problems;
    }

    private static String problem(String target, Course course) {
        String path = target;
        String anchor = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            path = target.substring(0, hash);
            anchor = target.substring(hash + 1);
        }
        if (path.startsWith("/lessons/")) {
            String slug = path.substring("/lessons/".length());
            if (course.lesson(slug).isEmpty()) {
                return "link to '" + target + "': there is no lesson '" + slug + "'";
            }
        } else if (!path.isEmpty()) {
            return null; // an outside link or another page of the site
        }
        if (anchor != null && anchor.startsWith("exercise-") && course.exercise(anchor.substring("exercise-".length())).isEmpty()) {
            return "link to '" + target + "': there is no exercise '" + anchor.substring("exercise-".length()) + "'";
        }
        return null;
    }
}
