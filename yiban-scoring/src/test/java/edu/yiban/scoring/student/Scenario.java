package edu.yiban.scoring.student;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated campus: students in classes, each with entries of every kind the example rules read, over the
 * two terms of 2022-2023, some corrected or revoked. The same scenario builds the same archives every time.
 *
 * @param students the students
 */
record Scenario(List<Pupil> students) {
    static final ClassId[] CLASSES = {StudentCampus.EDU2201, StudentCampus.EDU2202, StudentCampus.ENG2201, StudentCampus.STA2101};
    static final TermId[] TERMS = {StudentCampus.T2022_1, StudentCampus.T2022_2};
    private static final String[] LEVELS = {"national", "provincial", "school"};
    private static final String[] PRIZES = {"first", "second", "third"};
    private static final String[] POSTS = {"monitor", "committee", "station-head", "league-secretary", "member"};
    private static final String[] WORDS = {"优秀", "良好", "中等", "及格", "不及格"};
    private static final String[] SANCTIONS = {"warning", "serious-warning", "demerit", "probation", "expulsion"};
    private static final String[] RESULTS = {"excellent", "good", "pass", "fail"};

    /**
     * @param classIndex the class
     * @param entries    the entries, in recording order
     */
    record Pupil(int classIndex, List<Item> entries) {
    }

    /**
     * One entry in generic numbers that {@link #entry} reads by kind; {@code fate} 0 keeps it, 1 revokes it, 2 corrects it.
     */
    record Item(int term, int kind, int a, int b, int c, int fate) {
    }

    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Item> items = Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(12, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 2))).as(Item::new);
        Arbitrary<Pupil> pupils = Combinators.combine(Arbitraries.integers().between(0, CLASSES.length - 1), items.list().ofMaxSize(14))
                .as(Pupil::new);
        return pupils.list().ofMinSize(1).ofMaxSize(7).map(Scenario::new);
    }

    /** Builds the scenario into {@code campus}; the students, by 学号. */
    List<StudentNo> build(StudentCampus campus) {
        List<StudentNo> numbers = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Pupil pupil = students.get(i);
            StudentNo no = campus.enrol(String.format("2022%06d", i + 1), "学生" + (i + 1), CLASSES[pupil.classIndex]);
            numbers.add(no);
            for (Item item : pupil.entries) {
                EntryRef ref = campus.record(no, entry(campus, item));
                if (item.fate == 1) {
                    campus.core.archives().of(no).revoke(ref, "撤销", StudentCampus.COUNSELLOR);
                } else if (item.fate == 2) {
                    Item changed = new Item(item.term, item.kind, item.a + 7, item.b + 3, item.c, 0);
                    campus.core.archives().of(no).correct(ref, entry(campus, changed), "更正");
                }
            }
        }
        return numbers;
    }

    static ArchiveEntry entry(StudentCampus campus, Item e) {
        TermId term = TERMS[e.term];
        int a = e.a;
        int b = e.b;
        int c = e.c;
        return switch (e.kind) {
            case 0 -> campus.grade(term, "课程" + c % 9, Integer.toString(a % 4 + 1) + (b % 2 == 0 ? "" : ".5"), Integer.toString(b % 101));
            case 1 -> campus.gradeWord(term, "课程" + c % 9, Integer.toString(a % 3 + 1), WORDS[b % WORDS.length]);
            case 2 -> c % 3 == 0
                    ? campus.entry(term, Category.COMPETITION, "level", LEVELS[a % 3], "prize", PRIZES[b % 3], "project", "p" + c % 2,
                            "place", Integer.toString(a % 3 + 1), "teamSize", "3")
                    : campus.entry(term, Category.COMPETITION, "level", LEVELS[a % 3], "prize", PRIZES[b % 3], "project", "p" + c % 2);
            case 3 -> {
                String from = (term == StudentCampus.T2022_1 ? java.time.LocalDate.of(2022, 9, 1) : java.time.LocalDate.of(2023, 2, 20))
                        .plusDays(Math.min(b, c) % 140).toString();
                String to = java.time.LocalDate.parse(from).plusDays(Math.abs(b - c) % 140).toString();
                yield campus.entry(term, Category.POST, "post", POSTS[a % POSTS.length], "from", from, "to", to);
            }
            case 4 -> campus.entry(term, Category.VOLUNTEER, "hours", (a % 30) + (b % 2 == 0 ? "" : ".5"));
            case 5 -> campus.entry(term, StudentCampus.PEER_RATING, "rating", Integer.toString(a % 101));
            case 6 -> c % 5 == 0
                    ? campus.entry(term, Category.DISCIPLINE, "level", SANCTIONS[a % SANCTIONS.length])
                    : campus.entry(term, Category.AWARD, "level", LEVELS[a % 3]);
            case 7 -> campus.entry(term, Category.PHYSICAL_TEST, "result", RESULTS[a % RESULTS.length]);
            case 8 -> campus.entry(term, Category.ACTIVITY, "kind", "arts", "level", LEVELS[a % 3]);
            case 9 -> campus.recorded(term, Category.ACTIVITY, Dimension.values()[b % 5], Integer.toString(a % 5) + "." + (c % 100 < 10 ? "0" : "")
                    + c % 100, "kind", "lecture");
            default -> campus.entry(term, Category.ACTIVITY, "kind", "labour");
        };
    }
}
