package dev.chainrule.server;

import db.migration.V10__Covering_summary_indexes_on_h2;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The Flyway migrations in {@code db/migration}, named here so that Flyway does not scan the classpath for them: in the
 * shaded jar that scan walks every entry of a 22 MB jar at each start. {@code MigrationFilesTest} fails when these lists
 * and the folder differ, so a new migration (SQL file or Java class) cannot be forgotten here.
 */
final class MigrationFiles implements ResourceProvider {

    static final String FOLDER = "db/migration";
    static final List<String> NAMES = List.of(
            "V1__learners_variants_attempts.sql",
            "V2__attempt_mistakes.sql",
            "V3__users_sessions.sql",
            "V4__api_tokens.sql",
            "V5__classes.sql",
            "V6__learner_exercise_summaries.sql",
            "V7__user_language.sql",
            "V9__attempt_idempotency_keys.sql",
            "V11__drop_redundant_attempts_index.sql");
    /** The migrations written in Java (in the package {@code db.migration}), listed for the same reason. */
    static final List<Class<? extends JavaMigration>> JAVA = List.of(V10__Covering_summary_indexes_on_h2.class);

    private final List<LoadableResource> resources;

    MigrationFiles(ClassLoader loader) {
        Location location = new Location("classpath:" + FOLDER);
        this.resources = NAMES.stream()
                .<LoadableResource>map(name -> new ClassPathResource(location, FOLDER + "/" + name, loader, StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(resource -> resource.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(resource -> resource.getFilename().startsWith(prefix))
                .filter(resource -> Arrays.stream(suffixes).anyMatch(resource.getFilename()::endsWith))
                .toList();
    }
}
