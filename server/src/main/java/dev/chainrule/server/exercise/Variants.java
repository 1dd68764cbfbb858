package dev.chainrule.server.exercise;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

import java.security.SecureRandom;
import java.util.Optional;

/** Hands out learners' variants: the current one (created with a fresh server-side seed on first need) or a new one. */
public final class Variants {

    private static final int ATTEMPTS = 5;

    private final VariantRepository repository;
    private final SecureRandom random;

    public Variants(Jdbi jdbi, SecureRandom random) {
        this.repository = new VariantRepository(jdbi);
        this.random = random;
    }

    /** The learner's current variant, if they have one. */
    public Optional<StoredVariant> find(long learnerId, String exerciseId) {
        return repository.latest(learnerId, exerciseId);
    }

    /** The learner's current variant, creating variant 1 when they have none. */
    public StoredVariant current(long learnerId, String exerciseId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredVariant> latest = repository.latest(learnerId, exerciseId);
            if (latest.isPresent()) {
                return latest.get();
            }
            Optional<StoredVariant> created = tryInsert(learnerId, exerciseId, 1);
            if (created.isPresent()) {
                return created.get();
            }
        }
        throw new IllegalStateException("could not create a variant of " + exerciseId + " for learner " + learnerId);
    }

    /**
     * The learner's current variant of each of {@code exerciseIds} (a lesson page's exercises), creating variant 1 of
     * those they have none of: one query when they have them all, as on every visit after the first.
     */
    public java.util.Map<String, StoredVariant> current(long learnerId, java.util.Collection<String> exerciseIds) {
        java.util.Map<String, StoredVariant> found = repository.latest(learnerId, exerciseIds);
        for (String exerciseId : exerciseIds) {
            if (!found.containsKey(exerciseId)) {
                found.put(exerciseId, current(learnerId, exerciseId));
            }
        }
        return found;
    }

    /** A new variant numbered one above the learner's current one. */
    public StoredVariant fresh(long learnerId, String exerciseId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int next = repository.latest(learnerId, exerciseId).map(v -> v.number() + 1).orElse(1);
            Optional<StoredVariant> created = tryInsert(learnerId, exerciseId, next);
            if (created.isPresent()) {
                return created.get();
            }
        }
        throw new IllegalStateException("could not create a variant of " + exerciseId + " for learner " + learnerId);
    }

    /** Empty when a concurrent request inserted the same number first (the unique constraint refused this one). */
    private Optional<StoredVariant> tryInsert(long learnerId, String exerciseId, int number) {
        try {
            return Optional.of(repository.insert(learnerId, exerciseId, number, random.nextLong()));
        } catch (StatementException e) {
            if (repository.latest(learnerId, exerciseId).map(v -> v.number() >= number).orElse(false)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
