package dev.chainrule.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.grader.exercise.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a simulated learner answers, worked out with the grader from the built-in course and the variant the server
 * sent: right answers from the exercise's solution, wrong ones made from them (a number moved, a formula changed,
 * another option), and the verdict the server must give for them.
 */
final class AnswerSheet {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    private final Course course;

    private AnswerSheet(Course course) {
        this.course = course;
    }

    /** The sheet of the course the server ships with, in English. */
    static AnswerSheet builtInCourse() {
        return new AnswerSheet(CourseLoader.load(ContentSource.classpath("course"), "en"));
    }

    /** Every exercise id of the course. */
    List<String> exerciseIds() {
        return new ArrayList<>(course.exercises().keySet());
    }

    ExerciseSpec spec(String id) {
        return course.exercise(id).orElseThrow(() -> new IllegalArgumentException("no exercise " + id));
    }

    /** The variant's numbers from the exercise JSON of the API ({@code params}), in the order sent. */
    static Map<String, Double> params(JsonNode view) {
        Map<String, Double> params = new LinkedHashMap<>();
        view.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
        return params;
    }

    /** About four in ten answer sets right, three all wrong, three partly wrong. */
    Map<String, String> answers(JsonNode view, Random random) {
        ExerciseSpec spec = spec(view.path("id").asText());
        Map<String, String> solution = Exercises.solution(spec, params(view));
        int roll = random.nextInt(10);
        if (roll < 4) {
            return solution;
        }
        boolean all = roll < 7;
        Map<String, String> answers = new LinkedHashMap<>();
        int wrongOne = random.nextInt(solution.size());
        int i = 0;
        for (Map.Entry<String, String> field : solution.entrySet()) {
            boolean wrong = all || i == wrongOne || random.nextBoolean();
            answers.put(field.getKey(), wrong ? wrong(view, field.getValue(), random) : field.getValue());
            i++;
        }
        return answers;
    }

    /** The grade the server must give: the grader's, on the same numbers. */
    Verdict expected(String exerciseId, Map<String, Double> params, Map<String, String> answers) {
        return Exercises.check(spec(exerciseId), params, answers, Language.EN);
    }

    private static String wrong(JsonNode view, String right, Random random) {
        String kind = view.path("kind").asText();
        if (kind.equals("choice") || kind.equals("experiment")) {
            List<String> wrongOptions = new ArrayList<>();
            view.path("options").forEach(option -> {
                if (!option.path("correct").asBoolean()) {
                    wrongOptions.add(option.path("id").asText());
                }
            });
            return wrongOptions.isEmpty() ? "" : wrongOptions.get(random.nextInt(wrongOptions.size()));
        }
        if (kind.equals("derivative-expression")) {
            return "(" + right + ") * 2 + 0.5";
        }
        // numbers, and the numbers of a matrix ("0.1 0.2; 0.3 0.4"): each moved well outside any tolerance
        Matcher number = NUMBER.matcher(right);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            double value = Double.parseDouble(number.group());
            number.appendReplacement(out, Double.toString(value + 0.5 + Math.abs(value)));
        }
        number.appendTail(out);
        return out.toString();
    }
}
