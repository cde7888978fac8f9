package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The SQL baseline of {@link FourYearCampusBenchmark}: the effective archive rows of several terms loaded into one
 * in-memory DuckDB table with the term's number (loading not timed), and every term evaluated by one query over JDBC —
 * {@code loop-exact-2022.json}'s arithmetic as in {@link DuckDbEvaluation} (the same {@code CASE} tables, caps, clamps
 * and rounding), grouped by term and student; the place in class by {@code ROW_NUMBER()} per term and class; then the
 * award levels of a {@link ShareAwards} policy and the bands, as window functions over each term's class.
 *
 * <p>The awards, level by level in the policy's order ({@code place} the rank in class, {@code size} the class's
 * evaluated students, {@code e0 = 0}):
 * <ul>
 *   <li>{@code q_k = LEAST(size, GREATEST(minimum, (share × size in ten-thousandths + rounding) // 10000))}, the quota;</li>
 *   <li>the level's last place {@code e_k = LEAST(size, e_(k−1) + q_k)} — its recipients are the places after
 *       {@code e_(k−1)} up to {@code e_k} (one award each: the candidates are the places after the levels above);</li>
 *   <li>under ties {@code ALL}, when the quota was filled ({@code q_k > 0} and {@code e_(k−1) + q_k ≤ size}), the total
 *       {@code t_k} of the place {@code e_(k−1) + q_k} is found by a windowed {@code MAX(CASE …)}, and {@code e_k} becomes
 *       the number of the class's students with a total of at least {@code t_k} — places are sorted by total first, so
 *       that is the last place tied with it.</li>
 * </ul>
 * A student's level is the first {@code k} with {@code place ≤ e_k} (else 0); the band the first whose threshold the
 * total reaches.
 */
final class DuckDbTermsEvaluation implements AutoCloseable {
    private final Connection connection;
    private final int students;
    private final List<TermId> terms;
    private final String query;

    /**
     * Opens an in-memory database and loads the students and the effective rows of {@code snapshots} (term {@code i}
     * of the list as number {@code i}); not timed.
     */
    DuckDbTermsEvaluation(ArchiveColumns columns, List<TermColumns> snapshots, Function<StudentNo, ClassId> classOf, ShareAwards policy)
            throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        students = columns.studentCount();
        terms = snapshots.stream().map(TermColumns::term).toList();
        query = query(policy);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE students (student INTEGER, class_id VARCHAR, sno VARCHAR)");
            st.execute("CREATE TABLE terms (term INTEGER)");
            st.execute("CREATE TABLE entries (term INTEGER, student INTEGER, category VARCHAR, kind VARCHAR, level VARCHAR, prize VARCHAR, "
                    + "result VARCHAR, post VARCHAR)");
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        DuckDbEvaluation.appendStudents(duck, columns, classOf);
        try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "terms")) {
            for (int t = 0; t < terms.size(); t++) {
                app.beginRow().append(t).endRow();
            }
        }
        try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entries")) {
            for (int term = 0; term < snapshots.size(); term++) {
                TermColumns t = snapshots.get(term);
                for (int row = 0; row < t.size(); row++) {
                    if (!t.effective(row)) {
                        continue;
                    }
                    SortedMap<String, String> a = columns.attributes(t.attributes(row));
                    app.beginRow().append(term).append(t.student(row)).append(columns.category(t.category(row)).code())
                            .append(a.get("kind")).append(a.get("level")).append(a.get("prize")).append(a.get("result")).append(a.get("post"))
                            .endRow();
                }
            }
        }
    }

    /** The query: totals and places as {@link DuckDbEvaluation#QUERY}, per term; then one or two CTEs per award level. */
    static String query(ShareAwards policy) {
        StringBuilder sql = new StringBuilder();
        sql.append("WITH per AS (\n  SELECT term, student,\n").append(DuckDbEvaluation.SUMS).append("  FROM entries GROUP BY term, student),\n");
        sql.append("parts AS (\n  SELECT t.term, s.student, s.class_id, s.sno,\n").append(DuckDbEvaluation.PARTS)
                .append("  FROM terms t CROSS JOIN students s LEFT JOIN per p ON p.term = t.term AND p.student = s.student),\n");
        sql.append("totals AS (\n  SELECT term, student, class_id, sno, intellectual, moral,\n    ").append(DuckDbEvaluation.TOTAL)
                .append("\n  FROM parts),\n");
        sql.append("""
                a0 AS (
                  SELECT term, student, class_id, total,
                    ROW_NUMBER() OVER (PARTITION BY term, class_id ORDER BY total DESC, intellectual DESC, moral DESC, sno) AS place,
                    COUNT(*) OVER (PARTITION BY term, class_id) AS size,
                    0 AS e0
                  FROM totals)""");
        String previous = "a0";
        for (int k = 0; k < policy.levels(); k++) {
            int level = k + 1;
            String quota = String.format("LEAST(size, GREATEST(%d, (%d * size + %d) // 10000))", policy.minimum(k), policy.shareTenThousandths(k),
                    policy.roundingAdd(k));
            String prior = "e" + k;
            if (policy.tiesAll(k)) {
                sql.append(",\n").append(String.format("""
                        quota%1$d AS (SELECT *, %2$s AS q%1$d FROM %3$s),
                        tie%1$d AS (SELECT *, MAX(CASE WHEN place = %4$s + q%1$d THEN total END) OVER (PARTITION BY term, class_id) AS t%1$d
                          FROM quota%1$d),
                        a%1$d AS (
                          SELECT *, CASE WHEN q%1$d > 0 AND %4$s + q%1$d <= size
                                         THEN SUM(CASE WHEN total >= t%1$d THEN 1 ELSE 0 END) OVER (PARTITION BY term, class_id)
                                         ELSE LEAST(size, %4$s + q%1$d) END AS e%1$d
                          FROM tie%1$d)""", level, quota, previous, prior));
            } else {
                sql.append(",\n").append(String.format("a%1$d AS (SELECT *, LEAST(size, %3$s + %2$s) AS e%1$d FROM %4$s)", level, quota, prior,
                        previous));
            }
            previous = "a" + level;
        }
        sql.append("\nSELECT term, student, CAST(total AS INTEGER) AS total, CAST(place AS INTEGER) AS place,\n  CASE");
        for (int level = 1; level <= policy.levels(); level++) {
            sql.append(" WHEN place <= e").append(level).append(" THEN ").append(level);
        }
        sql.append(" ELSE 0 END AS award,\n  CASE");
        for (int b = 0; b < policy.bands() - 1; b++) {
            sql.append(" WHEN total >= ").append(policy.bandFrom(b)).append(" THEN ").append(b);
        }
        sql.append(" ELSE ").append(policy.bands() - 1).append(" END AS band\nFROM ").append(previous);
        return sql.toString();
    }

    /** Runs the query and reads every student's total, place, award level and band in every term. */
    List<TermStandings> evaluate() throws SQLException {
        int[][] totals = new int[terms.size()][students];
        int[][] ranks = new int[terms.size()][students];
        byte[][] awards = new byte[terms.size()][students];
        byte[][] bands = new byte[terms.size()][students];
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                int t = rs.getInt(1);
                int s = rs.getInt(2);
                totals[t][s] = rs.getInt(3);
                ranks[t][s] = rs.getInt(4);
                awards[t][s] = (byte) rs.getInt(5);
                bands[t][s] = (byte) rs.getInt(6);
            }
        }
        List<TermStandings> out = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            out.add(new TermStandings(terms.get(t), new CampusScores(totals[t], ranks[t]), awards[t], bands[t]));
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
