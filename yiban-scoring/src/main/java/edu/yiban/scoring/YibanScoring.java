package edu.yiban.scoring;

import edu.yiban.core.YibanCore;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.scoring.college.CollegeEvaluation;
import edu.yiban.scoring.internal.round.EvaluationAdapters;
import edu.yiban.scoring.round.EvaluationRounds;
import edu.yiban.scoring.round.RoundPolicy;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentEvaluation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A campus's evaluations (评价) on its core and organisation: the students' comprehensive evaluation
 * (学生综合测评), the colleges' YiBan construction evaluation (学院易班建设评价), and evaluation rounds
 * (测评批次) through publicity and appeals to final results written into the growth archives. Both
 * evaluations are registered with the rounds as {@value #STUDENTS} and {@value #COLLEGES}.
 *
 * <pre>{@code
 * YibanScoring scoring = YibanScoring.builder(core, organisation).build();     // the seed's presets
 * StudentResults term = scoring.students().evaluate(TermId.parse("2022-2023-1"));
 * CollegeReport colleges = scoring.colleges().run(core, organisation, from, to, List.of());
 * scoring.rounds().draft(new RoundDraft(RoundId.of("zongce-2022-1"), YibanScoring.STUDENTS, "2022", …), by);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanScoring {
    /** The code under which rounds run the students' comprehensive evaluation. */
    public static final String STUDENTS = "students";
    /** The code under which rounds run the colleges' YiBan construction evaluation. */
    public static final String COLLEGES = "colleges";

    private final StudentEvaluation students;
    private final AwardPolicy awards;
    private final CollegeEvaluation colleges;
    private final EvaluationRounds rounds;

    private YibanScoring(Builder b) {
        this.students = b.students != null ? b.students : StudentEvaluation.builder(b.core).rules(b.rules).build();
        this.awards = b.awards;
        this.colleges = b.colleges;
        this.rounds = EvaluationRounds.open(b.core, b.policy, List.of(
                EvaluationAdapters.students(STUDENTS, b.version, students, awards),
                EvaluationAdapters.colleges(COLLEGES, b.version, colleges, b.core, b.organisation)));
    }

    /** A builder over {@code core} and {@code organisation}, with the seed's presets. */
    public static Builder builder(YibanCore core, YibanOrganisation organisation) {
        return new Builder(core, organisation);
    }

    /** The students' comprehensive evaluation. */
    public StudentEvaluation students() {
        return students;
    }

    /** The award and band policy applied to the students' results. */
    public AwardPolicy awards() {
        return awards;
    }

    /** The colleges' YiBan construction evaluation. */
    public CollegeEvaluation colleges() {
        return colleges;
    }

    /** The evaluation rounds, running {@value #STUDENTS} and {@value #COLLEGES}. */
    public EvaluationRounds rounds() {
        return rounds;
    }

    /** Builds a {@link YibanScoring}; every part defaults to the seed's preset. */
    public static final class Builder {
        private final YibanCore core;
        private final YibanOrganisation organisation;
        private RuleSets rules = RuleSets.of(RuleSet.example2022());
        private @Nullable StudentEvaluation students;
        private AwardPolicy awards = AwardPolicy.example();
        private CollegeEvaluation colleges = CollegeEvaluation.seed();
        private RoundPolicy policy = RoundPolicy.seed();
        private String version = "1";

        private Builder(YibanCore core, YibanOrganisation organisation) {
            this.core = Objects.requireNonNull(core, "core is null");
            this.organisation = Objects.requireNonNull(organisation, "organisation is null");
        }

        /** The students' rule sets, by academic year (default: the example rules of 2022). */
        public Builder rules(RuleSets sets) {
            this.rules = Objects.requireNonNull(sets, "sets is null");
            return this;
        }

        /** A students' evaluation configured elsewhere (grade scale, systems by year, tie-breaks). */
        public Builder students(StudentEvaluation evaluation) {
            this.students = Objects.requireNonNull(evaluation, "evaluation is null");
            return this;
        }

        /** The award and band policy (default: the example policy). */
        public Builder awards(AwardPolicy policy) {
            this.awards = Objects.requireNonNull(policy, "policy is null");
            return this;
        }

        /** The colleges' evaluation (default: the seed's preset). */
        public Builder colleges(CollegeEvaluation evaluation) {
            this.colleges = Objects.requireNonNull(evaluation, "evaluation is null");
            return this;
        }

        /** The rounds' policy: publicity period and working days (default: the seed's). */
        public Builder rounds(RoundPolicy roundPolicy) {
            this.policy = Objects.requireNonNull(roundPolicy, "roundPolicy is null");
            return this;
        }

        /** The version rounds record for both evaluations (default {@code 1}). */
        public Builder version(String evaluationVersion) {
            this.version = Objects.requireNonNull(evaluationVersion, "evaluationVersion is null");
            return this;
        }

        public YibanScoring build() {
            return new YibanScoring(this);
        }
    }
}
