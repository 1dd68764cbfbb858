package dev.chainrule.server.exercise;

/** A learner's numbered variant of an exercise: its row id, its number (1, 2, ...) and the seed the server drew for it. */
public record StoredVariant(long id, int number, long seed) {
}
