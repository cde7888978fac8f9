package edu.yiban.scoring.college;

import static edu.yiban.scoring.college.CollegeCampus.FROM;
import static edu.yiban.scoring.college.CollegeCampus.TO;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.Member;
import edu.yiban.core.space.Post;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** On the built campus: more activity of a class space's members never lowers their college's total. */
class CampusActivityProperties {
    private static final List<ClassId> SPACES = List.of(CollegeCampus.EDU2201, CollegeCampus.EDU2202, CollegeCampus.MATH2201);
    private static final CollegeReport BEFORE = report(CollegeCampus.build());

    private static CollegeReport report(CollegeCampus campus) {
        return CollegeEvaluation.seed().run(campus.core, campus.organisation, FROM, TO, List.of());
    }

    @Provide
    Arbitrary<List<Integer>> posts() {
        // each post: a space, a member of it (by index), a day of the period (0 to 20)
        return Arbitraries.integers().between(0, 20 * 100 + 99).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 10)
    void morePostsByMembersNeverLowerTheirCollegesTotal(@ForAll("posts") List<Integer> posts, @ForAll @IntRange(max = 2) int space) {
        CollegeCampus campus = CollegeCampus.build();
        ClassId classId = SPACES.get(space);
        List<PersonId> members = campus.space(classId).members().stream().map(Member::person).toList();
        for (int p : posts) {
            int day = p / 100;
            campus.at(FROM.plusDays(day) + "T12:00").space(classId).post(members.get(p % 100 % members.size()), Post.of("又一条帖子"));
        }
        String college = campus.campus.adminClass(classId).map(AdminClass::college).orElseThrow().value();

        BigDecimal after = report(campus).result(college).orElseThrow().result().total();

        assertThat(after).isGreaterThanOrEqualTo(BEFORE.result(college).orElseThrow().result().total());
    }
}
