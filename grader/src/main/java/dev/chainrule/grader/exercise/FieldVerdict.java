package dev.chainrule.grader.exercise;

/** The verdict on one asked field, with a sentence for the learner. */
public record FieldVerdict(String field, Status status, String message) {}
