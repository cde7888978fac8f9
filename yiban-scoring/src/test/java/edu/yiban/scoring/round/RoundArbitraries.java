package edu.yiban.scoring.round;

import edu.yiban.core.privacy.NameMasking;
import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.ScoringArbitraries;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of every public round value type, for the scoring module's JSON round-trip property. */
public final class RoundArbitraries {
    private RoundArbitraries() {
    }

    /** Every generator, by the type it makes. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(RoundId.class, ids());
        all.put(RoundPeriod.class, periods());
        all.put(DayCount.class, Arbitraries.of(DayCount.class));
        all.put(PublicityRule.class, rules());
        all.put(RoundPolicy.class, policies());
        all.put(SubjectKind.class, Arbitraries.of(SubjectKind.class));
        all.put(Band.class, bands());
        all.put(RoundResults.class, results());
        all.put(RoundScope.class, Combinators.combine(ids(), periods(), CoreArbitraries.termIds().list().ofMaxSize(3)).as(RoundScope::new));
        all.put(RoundDraft.class, drafts());
        all.put(RoundState.class, Arbitraries.of(RoundState.class));
        all.put(Computation.class, computations());
        all.put(PublicityWindow.class, windows());
        all.put(AppealRequest.class, requests());
        all.put(Verdict.class, Arbitraries.of(Verdict.class));
        all.put(Ruling.class, rulings());
        all.put(AppealAnswer.class, answers());
        all.put(Appeal.class, appeals());
        all.put(Finalisation.class, finalisations());
        all.put(Round.class, rounds());
        all.put(Standing.class, standings());
        all.put(PublicityList.Row.class, rows());
        all.put(PublicityList.class, publicityLists());
        return all;
    }

    static Arbitrary<RoundId> ids() {
        return CoreArbitraries.code().map(RoundId::new);
    }

    static Arbitrary<RoundPeriod> periods() {
        return Combinators.combine(CoreArbitraries.academicYears(), Arbitraries.integers().between(0, 4)).as(RoundPeriod::new);
    }

    static Arbitrary<PublicityRule> rules() {
        return Combinators.combine(Arbitraries.integers().between(1, PublicityRule.MAX_DAYS), Arbitraries.of(DayCount.class)).as(PublicityRule::new);
    }

    static Arbitrary<RoundPolicy> policies() {
        Arbitrary<TreeSet<LocalDate>> days = CoreArbitraries.dates().set().ofMaxSize(3).map(TreeSet::new);
        return Combinators.combine(rules(), days, days, CoreArbitraries.visibilities(), Arbitraries.of("zh", "en"), Arbitraries.of(NameMasking.class))
                .as((rule, holidays, workdays, visibility, language, names) -> {
                    workdays.removeAll(holidays);
                    return new RoundPolicy(rule, holidays, workdays, visibility, language, names);
                });
    }

    static Arbitrary<Band> bands() {
        return Combinators.combine(ScoringArbitraries.codes(), ScoringArbitraries.bilingual()).as(Band::new);
    }

    static Arbitrary<String> hashes() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
    }

    static Arbitrary<Integer> numbers() {
        return Arbitraries.integers().between(1, 20);
    }

    /** Results with a plain explanation each (the explanation's own generator is the scoring module's). */
    static Arbitrary<SubjectResult> subjectResults() {
        Arbitrary<Explanation> explanation = Combinators.combine(ScoringArbitraries.codes(), ScoringArbitraries.bilingual(),
                ScoringArbitraries.decimals(), ScoringArbitraries.decimals())
                .as((code, name, weight, score) -> new Explanation(code, name, Optional.empty(), Optional.empty(), weight, score, score,
                        score, score, List.of(), List.of()));
        return Combinators.combine(ScoringArbitraries.codes(), ScoringArbitraries.decimals(), ScoringArbitraries.codes().list().ofMaxSize(1),
                explanation).as((subject, total, vetoes, e) -> new SubjectResult(subject, total, vetoes, List.of(), e));
    }

    static Arbitrary<Ranked> ranks() {
        return Combinators.combine(ScoringArbitraries.codes(), CoreArbitraries.code(), Arbitraries.integers().between(1, 30), ScoringArbitraries.decimals())
                .as((subject, group, rank, percentile) -> new Ranked(subject, group, rank, rank + 2, rank, percentile));
    }

    static Arbitrary<RoundResults> results() {
        return Combinators.combine(subjectResults().list().ofMaxSize(3), ranks().list().ofMaxSize(3),
                Arbitraries.maps(ScoringArbitraries.codes(), bands()).ofMaxSize(2))
                .as((results, ranks, bands) -> new RoundResults(results, ranks, new TreeMap<>(bands)));
    }

    static Arbitrary<RoundDraft> drafts() {
        return Combinators.combine(ids(), ScoringArbitraries.bilingual(), periods(), ScoringArbitraries.codes(), ScoringArbitraries.codes(),
                rules().optional()).as(RoundDraft::new);
    }

    static Arbitrary<Computation> computations() {
        return Combinators.combine(numbers(), CoreArbitraries.dates(), CoreArbitraries.personIds(), numbers().optional(), hashes(), results())
                .as(Computation::new);
    }

    static Arbitrary<PublicityWindow> windows() {
        return Combinators.combine(numbers(), CoreArbitraries.dates(), CoreArbitraries.dates(), rules(), CoreArbitraries.dates(),
                CoreArbitraries.personIds(), CoreArbitraries.dates().optional(), numbers().optional()).as(PublicityWindow::new);
    }

    static Arbitrary<AppealRequest> requests() {
        return Combinators.combine(ScoringArbitraries.codes(), ScoringArbitraries.codes().optional(), CoreArbitraries.text(1, 40))
                .as(AppealRequest::new);
    }

    static Arbitrary<Ruling> rulings() {
        return Combinators.combine(Arbitraries.of(Verdict.class), CoreArbitraries.text(1, 40), CoreArbitraries.entryRefs().list().ofMaxSize(2))
                .as(Ruling::new);
    }

    static Arbitrary<AppealAnswer> answers() {
        return Combinators.combine(rulings(), CoreArbitraries.personIds(), CoreArbitraries.dates(), numbers().optional()).as(AppealAnswer::new);
    }

    static Arbitrary<Appeal> appeals() {
        return Combinators.combine(numbers(), ScoringArbitraries.codes(), ScoringArbitraries.codes().optional(), CoreArbitraries.text(1, 40),
                CoreArbitraries.personIds(), CoreArbitraries.dates(), numbers(), answers().optional()).as(Appeal::new);
    }

    static Arbitrary<Finalisation> finalisations() {
        return Combinators.combine(CoreArbitraries.dates(), CoreArbitraries.personIds(), numbers(), hashes()).as(Finalisation::new);
    }

    static Arbitrary<Round> rounds() {
        Arbitrary<Bilingual> name = ScoringArbitraries.bilingual();
        return Combinators.combine(drafts(), name, Arbitraries.of(SubjectKind.class), CoreArbitraries.dates(), CoreArbitraries.personIds(),
                Arbitraries.of(RoundState.class), computations().list().ofMaxSize(2), windows().list().ofMaxSize(2))
                .flatAs((draft, evaluationName, kind, drafted, by, state, computations, windows) ->
                        Combinators.combine(appeals().list().ofMaxSize(2), finalisations().optional())
                                .as((appeals, finalisation) -> new Round(draft, evaluationName, kind, drafted, by, state, computations,
                                        windows, appeals, finalisation)));
    }

    static Arbitrary<Standing> standings() {
        return Combinators.combine(ids(), Arbitraries.of(RoundState.class), numbers(), hashes(), subjectResults(), ranks().list().ofMaxSize(2),
                bands().optional(), appeals().list().ofMaxSize(1))
                .flatAs((round, state, computation, sha, result, ranks, band, appeals) -> windows().optional()
                        .map(window -> new Standing(round, state, computation, sha, result, ranks, band, appeals, window)));
    }

    static Arbitrary<PublicityList.Row> rows() {
        return Combinators.combine(ScoringArbitraries.codes(), CoreArbitraries.text(0, 6), ScoringArbitraries.decimals(), ranks().list().ofMaxSize(2),
                bands().optional()).as(PublicityList.Row::new);
    }

    static Arbitrary<PublicityList> publicityLists() {
        return Combinators.combine(ids(), ScoringArbitraries.bilingual(), numbers(), hashes(), windows().optional(), Arbitraries.of(NameMasking.class),
                rows().list().ofMaxSize(3)).as(PublicityList::new);
    }
}
