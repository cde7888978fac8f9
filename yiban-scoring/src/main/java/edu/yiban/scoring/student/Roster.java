package edu.yiban.scoring.student;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.id.StudentNo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The students one period evaluates — those studying on at least one of its days — by 学号, each with their
 * class on its last day; and, for one archive's columns, which of them each column student index is. Made once per
 * directory version and period (the directory is read once, not for every evaluation), and its column map once
 * per number of interned students.
 */
final class Roster {
    final StudentNo[] students;
    final AdminClass[] classes;
    /** The 学号 values, ascending: the order of results and of equal places. */
    final String[] subjects;
    private volatile @Nullable Columns mapped;
    private final Map<Grouping, Groups> groups = new EnumMap<>(Grouping.class);

    /**
     * The groups at one grouping.
     *
     * @param codes   the groups' codes, ascending
     * @param members each group's students (their places in the roster), ascending by 学号
     */
    record Groups(String[] codes, int[][] members) {
    }

    /** The column map for one number of interned students. */
    private record Columns(ArchiveColumns columns, int count, Mapping mapping) {
    }

    /**
     * Where each student's sums live in a pass over columns of {@code count} interned students.
     *
     * @param width    the columns a pass keeps sums for: every interned student, then one for each evaluated student
     *                 without archive rows
     * @param columnOf each evaluated student's column
     * @param slotOf   each interned student's place in the roster, or -1 when they are not evaluated
     */
    record Mapping(int width, int[] columnOf, int[] slotOf) {
    }

    /** {@code students} ascending by 学号, with their classes in the same order. */
    Roster(StudentNo[] students, AdminClass[] classes) {
        this.students = students;
        this.classes = classes;
        this.subjects = Arrays.stream(students).map(StudentNo::value).toArray(String[]::new);
    }

    int size() {
        return students.length;
    }

    /**
     * Where each student's sums live over {@code columns} (its student count read now: after a snapshot, it covers
     * every row of it).
     */
    Mapping slots(ArchiveColumns columns) {
        int count = columns.studentCount();
        Columns m = mapped;
        if (m != null && m.columns == columns && m.count == count) {
            return m.mapping;
        }
        int[] slotOf = new int[count];
        Arrays.fill(slotOf, -1);
        int[] columnOf = new int[students.length];
        int width = count;
        for (int s = 0; s < students.length; s++) {
            OptionalInt index = columns.indexOf(students[s]);
            if (index.isPresent() && index.getAsInt() < count) {
                slotOf[index.getAsInt()] = s;
                columnOf[s] = index.getAsInt();
            } else {
                columnOf[s] = width++;
            }
        }
        Mapping mapping = new Mapping(width, columnOf, slotOf);
        mapped = new Columns(columns, count, mapping);
        return mapping;
    }

    /** The groups at {@code grouping}: by class, major or college code, or cohort year, as {@code StudentResult.group} names them. */
    synchronized Groups groups(Grouping grouping) {
        return groups.computeIfAbsent(grouping, g -> {
            Map<String, List<Integer>> byCode = new TreeMap<>();
            for (int s = 0; s < students.length; s++) {
                AdminClass c = classes[s];
                String code = switch (g) {
                    case CLASS -> c.id().value();
                    case MAJOR -> c.major().value();
                    case COLLEGE -> c.college().value();
                    case COHORT -> c.cohort().toString();
                };
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(s);
            }
            String[] codes = byCode.keySet().toArray(String[]::new);
            int[][] members = byCode.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            return new Groups(codes, members);
        });
    }
}
