package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * On H2 only: indexes that hold every column the class dashboard reads from the per-(learner, exercise) summaries (V6),
 * so reading a class's 50,000 cells and 46,000 mistake rows walks the index alone. H2 keeps a table with a composite
 * primary key under a hidden row id, and fetching each row by that id was a third of those reads (JFR of
 * ClassDashboardBenchmark). Not on PostgreSQL: there a covering index pays only through index-only scans, which need a
 * freshly vacuumed table, and indexing the updated columns would turn each attempt's in-place (HOT) update of its
 * summary row into two index writes. A Java migration because the choice depends on the database.
 */
public class V10__Covering_summary_indexes_on_h2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    CREATE INDEX learner_exercise_stats_covering ON learner_exercise_stats
                        (learner_id, exercise_id, attempts, best_score, score_sum, first_score, first_success, last_attempt_at)""");
            statement.execute("""
                    CREATE INDEX learner_exercise_mistakes_covering ON learner_exercise_mistakes (learner_id, exercise_id, mistake, matches)""");
        }
    }
}
