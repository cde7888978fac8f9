package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Bilingual;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * An evaluation a round runs (测评方案): the students' comprehensive evaluation, the colleges' YiBan
 * construction evaluation, or a campus's own. Given the round's scope it reads its inputs (the growth
 * archives, imported measures) and returns every subject's result, ranks and bands. It must be
 * deterministic: the same inputs give the same results, so that a recomputation after an appeal changes
 * exactly what the corrected inputs change.
 *
 * <pre>{@code
 * RoundEvaluation evaluation = RoundEvaluation.of("zongce", "2023", new Bilingual("综合测评", "comprehensive evaluation"),
 *         scope -> RoundResults.of(results, ranks));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RoundEvaluation {

    /** The evaluation's code, as drafts name it. */
    String id();

    /** The evaluation's version, as drafts name it, e.g. {@code 2023-2024}. */
    String version();

    /** The evaluation's name, for people. */
    Bilingual name();

    /** Whom it scores; students unless it says otherwise. */
    default SubjectKind subjects() {
        return SubjectKind.STUDENT;
    }

    /** Evaluates the scope. */
    RoundResults evaluate(RoundScope scope);

    /** An evaluation of students made of a function. */
    static RoundEvaluation of(String id, String version, Bilingual name, Function<RoundScope, RoundResults> evaluate) {
        return of(id, version, name, SubjectKind.STUDENT, evaluate);
    }

    /** An evaluation of {@code subjects} made of a function. */
    static RoundEvaluation of(String id, String version, Bilingual name, SubjectKind subjects,
                              Function<RoundScope, RoundResults> evaluate) {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(subjects, "subjects is null");
        Objects.requireNonNull(evaluate, "evaluate is null");
        return new RoundEvaluation() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public Bilingual name() {
                return name;
            }

            @Override
            public SubjectKind subjects() {
                return subjects;
            }

            @Override
            public RoundResults evaluate(RoundScope scope) {
                return evaluate.apply(scope);
            }
        };
    }
}
