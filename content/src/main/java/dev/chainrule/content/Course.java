package dev.chainrule.content;

import dev.chainrule.grader.exercise.ExerciseSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded course: lessons in order and every exercise by id (in lesson order). */
public record Course(List<Lesson> lessons, Map<String, ExerciseSpec> exercises) {
    public Course {
        lessons = List.copyOf(lessons);
        exercises = Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
    }

    public Optional<Lesson> lesson(String slug) {
        return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public Optional<ExerciseSpec> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** The lesson that places this exercise. */
    public Optional<Lesson> lessonOf(String exerciseId) {
        return lessons.stream().filter(l -> l.exerciseIds().contains(exerciseId)).findFirst();
    }
}
