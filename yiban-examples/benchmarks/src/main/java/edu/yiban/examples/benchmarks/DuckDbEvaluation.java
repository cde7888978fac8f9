package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SortedMap;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The SQL baseline: the term's effective archive rows loaded into an in-memory DuckDB table (category and the
 * attributes the rules read: kind, level, prize, result, post; the loading is not timed), and
 * {@code loop-exact-2022.json} evaluated as one query over JDBC — the same arithmetic as
 * {@link LoopEvaluation}, in integer hundredths: points tables as {@code CASE}, per-term caps as {@code LEAST},
 * parts clamped to 0–100, the weighted total exact in ten-thousandths and rounded half-up once, the place in
 * class by {@code ROW_NUMBER()} over total, 智, 德 (highest first) and 学号.
 */
final class DuckDbEvaluation implements AutoCloseable {
    /**
     * Each student's points in hundredths by bucket: the rule set's points tables as {@code CASE}, summed over the rows
     * of a {@code GROUP BY} (competition → 智, honour and other moral → 德, physical, aesthetic, labour).
     */
    static final String SUMS = """
                SUM(CASE WHEN category = 'competition' THEN CASE level || '/' || prize
                      WHEN 'national/first' THEN 800 WHEN 'national/second' THEN 600 WHEN 'national/third' THEN 400
                      WHEN 'provincial/first' THEN 500 WHEN 'provincial/second' THEN 300 WHEN 'provincial/third' THEN 200
                      WHEN 'school/first' THEN 200 WHEN 'school/second' THEN 100 WHEN 'school/third' THEN 50 ELSE 0 END END) AS competition,
                SUM(CASE WHEN category = 'award' THEN CASE level
                      WHEN 'national' THEN 600 WHEN 'provincial' THEN 400 WHEN 'school' THEN 200 WHEN 'college' THEN 100 ELSE 0 END END) AS honour,
                SUM(CASE WHEN category = 'post' THEN CASE post WHEN 'monitor' THEN 300 WHEN 'committee' THEN 200 ELSE 100 END
                         WHEN category = 'discipline' THEN CASE level WHEN 'warning' THEN -500 WHEN 'demerit' THEN -1200 ELSE 0 END END) AS moral_other,
                SUM(CASE WHEN category = 'physical-test' THEN CASE result
                      WHEN 'excellent' THEN 2000 WHEN 'good' THEN 1500 WHEN 'pass' THEN 1000 ELSE 0 END END) AS physical,
                SUM(CASE WHEN category = 'activity' AND kind = 'arts' THEN CASE level
                      WHEN 'national' THEN 600 WHEN 'provincial' THEN 400 WHEN 'school' THEN 200 ELSE 100 END END) AS aesthetic,
                SUM(CASE WHEN category = 'activity' AND kind = 'labour' THEN 100 END) AS labour
            """;

    /** The five parts in hundredths from the buckets: base 60, the per-term caps of 8 and 10 points, floor 0 and cap 100. */
    static final String PARTS = """
                LEAST(GREATEST(6000 + LEAST(COALESCE(honour, 0), 800) + COALESCE(moral_other, 0), 0), 10000) AS moral,
                LEAST(GREATEST(6000 + LEAST(COALESCE(competition, 0), 1000), 0), 10000) AS intellectual,
                LEAST(GREATEST(6000 + COALESCE(physical, 0), 0), 10000) AS physical,
                LEAST(GREATEST(6000 + COALESCE(aesthetic, 0), 0), 10000) AS aesthetic,
                LEAST(GREATEST(6000 + COALESCE(labour, 0), 0), 10000) AS labour
            """;

    /** The weighted total, exact in ten-thousandths (weights in hundredths × parts in hundredths), rounded half-up once. */
    static final String TOTAL = "(20 * moral + 60 * intellectual + 10 * physical + 5 * aesthetic + 5 * labour + 50) // 100 AS total";

    static final String QUERY = "WITH per AS (\n  SELECT student,\n" + SUMS + "  FROM entries GROUP BY student),\n"
            + "parts AS (\n  SELECT s.student, s.class_id, s.sno,\n" + PARTS + "  FROM students s LEFT JOIN per p ON p.student = s.student),\n"
            + "totals AS (\n  SELECT student, class_id, sno, intellectual, moral,\n    " + TOTAL + "\n  FROM parts)\n"
            + """
            SELECT student, CAST(total AS INTEGER) AS total,
              CAST(ROW_NUMBER() OVER (PARTITION BY class_id ORDER BY total DESC, intellectual DESC, moral DESC, sno) AS INTEGER) AS place
            FROM totals""";

    private final Connection connection;
    private final int students;

    /** Opens an in-memory database and loads the students and {@code t}'s effective rows (not timed). */
    DuckDbEvaluation(ArchiveColumns columns, TermColumns t, Function<StudentNo, ClassId> classOf) throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        students = columns.studentCount();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE students (student INTEGER, class_id VARCHAR, sno VARCHAR)");
            st.execute("CREATE TABLE entries (student INTEGER, category VARCHAR, kind VARCHAR, level VARCHAR, prize VARCHAR, result VARCHAR, post VARCHAR)");
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        appendStudents(duck, columns, classOf);
        try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entries")) {
            for (int row = 0; row < t.size(); row++) {
                if (!t.effective(row)) {
                    continue;
                }
                SortedMap<String, String> a = columns.attributes(t.attributes(row));
                app.beginRow().append(t.student(row)).append(columns.category(t.category(row)).code())
                        .append(a.get("kind")).append(a.get("level")).append(a.get("prize")).append(a.get("result")).append(a.get("post"))
                        .endRow();
            }
        }
    }

    /** Loads {@code students (student, class_id, sno)}: every student's index, class and 学号 (not timed). */
    static void appendStudents(DuckDBConnection duck, ArchiveColumns columns, Function<StudentNo, ClassId> classOf) throws SQLException {
        try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "students")) {
            for (int s = 0; s < columns.studentCount(); s++) {
                StudentNo no = columns.student(s);
                app.beginRow().append(s).append(classOf.apply(no).value()).append(no.value()).endRow();
            }
        }
    }

    /** Runs the query and reads every student's total and place. */
    CampusScores evaluate() throws SQLException {
        int[] totals = new int[students];
        int[] ranks = new int[students];
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                int s = rs.getInt(1);
                totals[s] = rs.getInt(2);
                ranks[s] = rs.getInt(3);
            }
        }
        return new CampusScores(totals, ranks);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
