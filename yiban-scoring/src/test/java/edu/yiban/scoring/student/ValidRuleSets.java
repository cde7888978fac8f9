package edu.yiban.scoring.student;

import edu.yiban.core.archive.Category;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.system.Comparison;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid rule sets of random shape for 2022-2023, over the categories and attributes of {@link Scenario}'s entries:
 * parts nested 1 to 4 deep below the total with random weights, base scores or defaults, floors and caps, and
 * formulas over indicators the set produces; rules of every method (table, recorded, attribute, formula, sum-bands,
 * trimmed-mean) with every modifier (team by place or equally, prorate by term or year, highest only over a term, the
 * period or each day); limits per term and per period on a part, a category or both; vetoes and gates over produced
 * indicators; tie-breaks naming parts; a year from its records or from its terms, equally, by weights or by days;
 * now and then an indicator a plugin measures ({@link #LIBRARY}).
 *
 * <p>Every rule set made passes {@link RuleSet#checked}, and no entry a {@link Scenario} records is one its rules
 * cannot read: a method reading a number only takes entries that always carry it.
 *
 * <p>Shapes left out because they expose a bug (each has its smallest example as a disabled test in
 * {@code RuleSetProperties}): {@link #ruleSets()} leaves out years scored from their terms ({@code "periods": {"year":
 * "TERMS"}}), whose explanations do not add up (the node of a term scores the term's published total while the term's
 * tree contributes its exact score; weights by days or like 1 : 2 make the year's parts 20-place roundings that do not
 * add up to the year's score) and whose lines do not add up to the year's points. {@link #withYearsFromTerms()} keeps
 * them for the properties they do not break (the same bytes, the JSON round trip, ranks).
 */
final class ValidRuleSets {
    /** The indicator a plugin measures, which a rule set sometimes declares and reads. */
    static final String LIBRARY = "library-hours";
    private static final String[] DIMENSIONS = {"moral", "intellectual", "physical", "aesthetic", "labour"};
    private static final List<String> ACADEMIC = List.of(StudentEvaluation.GPA, StudentEvaluation.WEIGHTED_AVERAGE, StudentEvaluation.CREDITS,
            StudentEvaluation.FAILED_COURSES, StudentEvaluation.LOWEST_SCORE);
    private static final List<String> SEVERITIES = List.of("sanction-level", "honour-level");
    /** Formula templates over one or two variables ({@code %1$s}, {@code %2$s}). */
    private static final List<String> PART_FORMULAS = List.of(
            "%1$s",
            "min(%1$s * 25, 100)",
            "max(%1$s, 0) / 3",
            "if(%1$s >= 60, %1$s - 60, 0)",
            "round(%1$s * 2 / 7, 2)",
            "clamp(%1$s, 0, 40) + 0.125",
            "abs(%1$s - 50) * 0.3",
            "floor(%1$s / 3, 1) + ceil(%1$s / 7, 2)",
            "%1$s * 0.6 + %2$s * 0.4",
            "if(%1$s > %2$s and not %2$s < 0, %1$s, %2$s) / 9");

    private ValidRuleSets() {
    }

    /** Where the entries a rule takes come from: a category, the rule's own {@code when}, and what they carry. */
    enum Source {
        COMPETITION(Category.COMPETITION, Map.of("level", List.of("national", "provincial", "school"), "prize", List.of("first", "second", "third"),
                "project", List.of("p0", "p1")), List.of()),
        TEAM_COMPETITION(Category.COMPETITION, Map.of("level", List.of("national", "provincial", "school"), "place", List.of("1", "2", "3")),
                List.of("place", "teamSize")),
        POST(Category.POST, Map.of("post", List.of("monitor", "committee", "station-head", "league-secretary", "member")), List.of()),
        VOLUNTEER(Category.VOLUNTEER, Map.of("hours", List.of("10", "12.5", "29")), List.of("hours")),
        PEER_RATING(StudentCampus.PEER_RATING, Map.of("rating", List.of("60", "85", "100")), List.of("rating")),
        DISCIPLINE(Category.DISCIPLINE, Map.of("level", List.of("warning", "serious-warning", "demerit", "probation", "expulsion")), List.of()),
        AWARD(Category.AWARD, Map.of("level", List.of("national", "provincial", "school")), List.of()),
        PHYSICAL_TEST(Category.PHYSICAL_TEST, Map.of("result", List.of("excellent", "good", "pass", "fail")), List.of()),
        ARTS(Category.ACTIVITY, Map.of("level", List.of("national", "provincial", "school")), List.of()),
        ACTIVITY(Category.ACTIVITY, Map.of("kind", List.of("arts", "lecture", "labour")), List.of());

        final Category category;
        /** Attribute values the entries have, for table rows, rule conditions and highest-only groups. */
        final Map<String, List<String>> vocabulary;
        /** Numbers every entry the rule takes carries. */
        final List<String> numbers;

        Source(Category category, Map<String, List<String>> vocabulary, List<String> numbers) {
            this.category = category;
            this.vocabulary = new TreeMap<>(vocabulary);
            this.numbers = numbers;
        }

        /** The rule's own condition: the team awards, the arts activities, or now and then one value of an attribute. */
        Map<String, String> when(int choice) {
            return switch (this) {
                case TEAM_COMPETITION -> Map.of("teamSize", "3");
                case ARTS -> Map.of("kind", "arts");
                default -> {
                    if (choice % 3 != 0) {
                        yield Map.of();
                    }
                    List<String> keys = List.copyOf(vocabulary.keySet());
                    String key = keys.get(choice / 3 % keys.size());
                    yield Map.of(key, vocabulary.get(key).get(choice / 7 % vocabulary.get(key).size()));
                }
            };
        }
    }

    /** How a rule's method is chosen; the numeric ones only where {@link Source#numbers} is not empty. */
    enum MethodKind {
        TABLE, RECORDED, ATTRIBUTE, FORMULA, SUM_BANDS, TRIMMED_MEAN
    }

    // ------------------------------------------------------------------ the rule set

    /**
     * Valid rule sets of random shape, each year from its records. Years from their terms are left out until their
     * explanations and lines add up (see the class comment).
     */
    static Arbitrary<RuleSet> ruleSets() {
        return ruleSets(Arbitraries.oneOf(Arbitraries.just((RuleSet.YearRule) null), Arbitraries.just(RuleSet.YearRule.FROM_RECORDS)));
    }

    /** Valid rule sets of random shape, some of whose years are the (weighted) means of their terms. */
    static Arbitrary<RuleSet> withYearsFromTerms() {
        return ruleSets(yearRules());
    }

    private static Arbitrary<RuleSet> ruleSets(Arbitrary<RuleSet.YearRule> yearRules) {
        Arbitrary<Tree> trees = Combinators.combine(SHAPES.get(3).list().ofMinSize(1).ofMaxSize(4), SHAPES.get(0), Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false)).as((children, root, named, library) -> new Tree(root.withChildren(children), named, library));
        Arbitrary<Tuple.Tuple2<Optional<RuleSet.GraduationRule>, Integer>> versions = Combinators.combine(graduations().optional(),
                Arbitraries.integers().between(0, 3)).as(Tuple::of);
        return Combinators.combine(trees, RULES.list().ofMaxSize(8), LIMITS.list().ofMaxSize(4), OUTCOMES.list().ofMaxSize(2),
                        OUTCOMES.list().ofMaxSize(3), Arbitraries.integers().between(0, 1000).list().ofMaxSize(3), yearRules, versions)
                .as(ValidRuleSets::ruleSet);
    }

    /** The rule set the choices make around the part tree {@code tree}. */
    private static RuleSet ruleSet(Tree tree, List<RuleDraft> drafts, List<LimitSpec> limits, List<Outcome> vetoes, List<Outcome> gates,
                                   List<Integer> tieBreaks, RuleSet.YearRule years, Tuple.Tuple2<Optional<RuleSet.GraduationRule>, Integer> more) {
        Part parts = tree.parts();
        List<String> codes = parts.flatten().stream().map(Part::code).toList();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            rules.add(drafts.get(i).rule("r" + i, codes));
        }
        List<String> severities = rules.stream().flatMap(r -> r.severity().stream()).distinct().toList();
        List<String> readable = new ArrayList<>(ACADEMIC);
        codes.forEach(c -> readable.add(StudentEvaluation.points(c)));
        readable.addAll(severities);
        if (tree.library()) {
            readable.add(LIBRARY);
        }
        List<Limit> held = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            held.add(limits.get(i).limit("l" + i, codes, rules));
        }
        List<Veto> vetoList = new ArrayList<>();
        for (int i = 0; i < vetoes.size(); i++) {
            Outcome o = vetoes.get(i);
            vetoList.add(new Veto("v" + i, names("否决" + i, "veto " + i), o.indicator(readable), o.comparison(), o.threshold(), o.score()));
        }
        List<Gate> gateList = new ArrayList<>();
        for (int i = 0; i < gates.size(); i++) {
            Outcome o = gates.get(i);
            gateList.add(new Gate("g" + i, names("条件" + i, "gate " + i), o.indicator(readable), o.comparison(), o.threshold()));
        }
        List<String> tieBreak = tieBreaks.stream().map(i -> codes.get(i % codes.size())).distinct().toList();
        List<Indicator> indicators = tree.library()
                ? List.of(new Indicator(LIBRARY, names("图书馆时长", "library hours"), "小时", Direction.HIGHER_IS_BETTER, "plugin:library", Optional.empty()))
                : List.of();
        int version = more.get2();
        RuleSet set = new RuleSet("random-rules", names("随机细则", "random rules"), "2022-2023." + version, StudentCampus.Y2022,
                version % 2 == 0 ? Optional.empty() : Optional.of(names("生成的细则", "generated rules")), formulas(parts, tree.formulas(), readable),
                rules, held, indicators, vetoList, gateList, tieBreak, years, more.get1());
        return RuleSet.checked(set);
    }

    /** The measures of {@link #LIBRARY}, as a plugin would give them: some students have hours, some not. */
    static ExtraMeasures library() {
        return new ExtraMeasures() {
            @Override
            public Set<String> indicators() {
                return Set.of(LIBRARY);
            }

            @Override
            public RawValues measure(EvaluationPeriod period, SortedSet<String> students) {
                RawValues.Builder raw = RawValues.builder();
                for (String student : students) {
                    int n = Integer.parseInt(student.substring(student.length() - 2));
                    raw.subject(student);
                    if (n % 3 != 0) {
                        raw.put(student, LIBRARY, BigDecimal.valueOf(n * (period.isTerm() ? 37L : 71L), 1), "library");
                    }
                }
                return raw.build();
            }
        };
    }

    /** The evaluation of {@code campus} by {@code rules} scoring their own parts, with the library plugin when they read it. */
    static StudentEvaluation evaluation(StudentCampus campus, RuleSet rules) {
        StudentEvaluation.Builder builder = StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules));
        if (!rules.indicators().isEmpty()) {
            builder.measures(library());
        }
        return builder.build();
    }

    // ------------------------------------------------------------------ parts

    /**
     * A part before its code and formula are known.
     *
     * @param formula the choice of formula, resolved over the indicators the whole set produces
     */
    record Shape(BigDecimal weight, Optional<BigDecimal> base, Optional<BigDecimal> fallback, Optional<Integer> formula,
                 Optional<BigDecimal> floor, Optional<BigDecimal> cap, List<Shape> children) {
        Shape withChildren(List<Shape> sub) {
            return new Shape(weight, base, fallback, formula, floor, cap, sub);
        }
    }

    /**
     * A part tree with its codes: the first {@code named} parts below the total (depth first) are named like the
     * core's dimensions (so that a recorded rule without a part counts in them), the others {@code p1}, {@code p2} ….
     */
    private record Tree(Shape root, int named, boolean library) {
        Part parts() {
            int[] counter = {0};
            return part(root, true, counter);
        }

        private Part part(Shape shape, boolean isRoot, int[] counter) {
            String code;
            if (isRoot) {
                code = "total";
            } else {
                int n = counter[0]++;
                code = n < named ? DIMENSIONS[n] : "p" + n;
            }
            List<Part> children = new ArrayList<>();
            for (Shape child : shape.children()) {
                children.add(part(child, false, counter));
            }
            return new Part(code, names(code + "分", code), isRoot ? BigDecimal.ONE : shape.weight(), shape.base(), shape.fallback(), Optional.empty(),
                    shape.floor(), shape.cap(), children);
        }

        /** Each part's formula choice, depth first. */
        List<Optional<Integer>> formulas() {
            List<Optional<Integer>> out = new ArrayList<>();
            collect(root, out);
            return out;
        }

        private static void collect(Shape shape, List<Optional<Integer>> out) {
            out.add(shape.formula());
            shape.children().forEach(c -> collect(c, out));
        }
    }

    /** Parts with 0, 1, 2 and 3 levels of sub-parts below them (at most 3 children each). */
    private static final List<Arbitrary<Shape>> SHAPES = shapes();

    private static List<Arbitrary<Shape>> shapes() {
        List<Arbitrary<Shape>> byDepth = new ArrayList<>();
        for (int depth = 0; depth <= 3; depth++) {
            byDepth.add(shape(depth == 0 ? Arbitraries.just(List.of()) : byDepth.get(depth - 1).list().ofMaxSize(3)));
        }
        return List.copyOf(byDepth);
    }

    private static Arbitrary<Shape> shape(Arbitrary<List<Shape>> children) {
        Arbitrary<Tuple.Tuple2<Optional<BigDecimal>, Optional<BigDecimal>>> held = Combinators.combine(bounds().optional(0.3),
                bounds().optional(0.3)).as((a, b) -> a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) > 0 ? Tuple.of(b, a) : Tuple.of(a, b));
        Arbitrary<Tuple.Tuple2<Optional<BigDecimal>, Optional<BigDecimal>>> points = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Tuple.of(Optional.<BigDecimal>empty(), Optional.<BigDecimal>empty()))),
                Tuple.of(2, points(0, 100).map(b -> Tuple.of(Optional.of(b), Optional.<BigDecimal>empty()))),
                Tuple.of(1, points(0, 100).map(d -> Tuple.of(Optional.<BigDecimal>empty(), Optional.of(d)))));
        return Combinators.combine(weights(), points, Arbitraries.integers().between(0, 100_000).optional(0.3), held, children)
                .as((weight, baseOrDefault, formula, floorCap, sub) -> new Shape(weight, baseOrDefault.get1(), baseOrDefault.get2(), formula,
                        floorCap.get1(), floorCap.get2(), sub));
    }

    /** {@code parts} with the formula each choice names, over the indicators {@code readable}. */
    private static Part formulas(Part parts, List<Optional<Integer>> choices, List<String> readable) {
        int[] counter = {0};
        return withFormulas(parts, choices, readable, counter);
    }

    private static Part withFormulas(Part part, List<Optional<Integer>> choices, List<String> readable, int[] counter) {
        Optional<String> formula = choices.get(counter[0]++).map(choice -> partFormula(choice, readable));
        List<Part> children = new ArrayList<>();
        for (Part child : part.children()) {
            children.add(withFormulas(child, choices, readable, counter));
        }
        return new Part(part.code(), part.name(), part.weight(), part.base(), part.fallback(), formula, part.floor(), part.cap(), children);
    }

    private static String partFormula(int choice, List<String> readable) {
        String template = PART_FORMULAS.get(choice % PART_FORMULAS.size());
        int rest = choice / PART_FORMULAS.size();
        String first = variable(readable.get(rest % readable.size()));
        String second = variable(readable.get(rest / readable.size() % readable.size()));
        return template.formatted(first, second);
    }

    /** The formula variable of an indicator: {@code -} and {@code .} written {@code _}. */
    static String variable(String indicator) {
        return indicator.replace('-', '_').replace('.', '_');
    }

    // ------------------------------------------------------------------ rules

    /**
     * A rule before its code and part are known: its part is the {@code part}-th of the set's parts (a recorded rule
     * without {@code ownPart} counts in the part named like the entry's dimension).
     */
    record RuleDraft(Rule rule, int part, boolean ownPart) {
        Rule rule(String code, List<String> parts) {
            Optional<String> in = rule.method() instanceof Rule.Recorded && !ownPart ? Optional.empty() : Optional.of(parts.get(part % parts.size()));
            return new Rule(code, names("规则" + code, "rule " + code), rule.category(), rule.when(), in, rule.method(), rule.team(), rule.prorate(),
                    rule.highestOnly(), rule.severity());
        }
    }

    /** Rules of every source with every method it can read, and every modifier. */
    private static final Arbitrary<RuleDraft> RULES = Arbitraries.oneOf(Arrays.stream(Source.values())
            .flatMap(source -> (source.numbers.isEmpty() ? Stream.of(MethodKind.TABLE, MethodKind.RECORDED) : Arrays.stream(MethodKind.values()))
                    .map(kind -> rules(source, kind)))
            .toList());

    private static Arbitrary<RuleDraft> rules(Source source, MethodKind kind) {
        return Combinators.combine(method(source, kind), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 20),
                        teams().optional(0.3), Arbitraries.of(Rule.Prorate.class).optional(0.3), highestOnly(source).optional(0.3),
                        Arbitraries.of(SEVERITIES).optional(0.3), Arbitraries.of(true, false))
                .as((method, part, when, team, prorate, highest, severity, ownPart) -> {
                    boolean byEntry = !(method instanceof Rule.SumBands || method instanceof Rule.TrimmedMean);
                    Optional<Rule.HighestOnly> highestOnly = byEntry ? highest : Optional.empty();
                    if (highestOnly.isPresent() && highestOnly.get().over() == Rule.Over.DAY && prorate.isEmpty()) {
                        highestOnly = Optional.of(new Rule.HighestOnly(highestOnly.get().by(), Rule.Over.TERM));
                    }
                    Optional<String> severityIndicator = method instanceof Rule.Table table
                            && table.rows().stream().anyMatch(r -> r.severity() > 0) ? severity.or(() -> Optional.of(SEVERITIES.get(0))) : severity;
                    Rule rule = new Rule("r", names("规则", "rule"), source.category, source.when(when), Optional.of("total"), method,
                            byEntry ? team : Optional.empty(), byEntry ? prorate : Optional.empty(), highestOnly, severityIndicator);
                    return new RuleDraft(rule, part, ownPart);
                });
    }

    private static Arbitrary<Rule.Method> method(Source source, MethodKind kind) {
        return switch (kind) {
            case TABLE -> rows(source).list().ofMinSize(1).ofMaxSize(5).map(Rule.Table::new);
            case RECORDED -> Arbitraries.just(new Rule.Recorded());
            case ATTRIBUTE -> Combinators.combine(Arbitraries.of(source.numbers), scales()).as(Rule.AttributeValue::new);
            case FORMULA -> Combinators.combine(Arbitraries.of(source.numbers), Arbitraries.of(
                            "%s", "min(%s * 0.5, 10)", "if(%s >= 3, %s / 3, 0.25)", "10 / (%s + 2)", "round(%s * 0.15, 1) - 1", "max(%s - 20, 0) * -0.2"))
                    .as((attribute, template) -> new Rule.Formula(template.replace("%s", variable(attribute))));
            case SUM_BANDS -> Combinators.combine(Arbitraries.of(source.numbers), Combinators.combine(Arbitraries.integers().between(0, 60),
                            points(-5, 10)).as((from, points) -> new Rule.Band(BigDecimal.valueOf(from), points)).list().ofMinSize(1).ofMaxSize(4)
                    .uniqueElements(b -> b.from()))
                    .as(Rule.SumBands::new);
            case TRIMMED_MEAN -> Combinators.combine(Arbitraries.of(source.numbers), Arbitraries.integers().between(0, 2),
                            Arbitraries.integers().between(1, 4), scales())
                    .as((attribute, trim, more, scale) -> new Rule.TrimmedMean(attribute, trim, 2 * trim + more, scale));
        };
    }

    /** Table rows over the source's attribute values; the severity of a row sometimes above 0. */
    private static Arbitrary<Rule.Row> rows(Source source) {
        List<String> keys = List.copyOf(source.vocabulary.keySet());
        Arbitrary<Map<String, String>> when = Combinators.combine(Arbitraries.integers().between(0, keys.size() - 1),
                        Arbitraries.integers().between(0, 10)).as((k, v) -> Tuple.of(keys.get(k), source.vocabulary.get(keys.get(k))
                        .get(v % source.vocabulary.get(keys.get(k)).size())))
                .list().ofMaxSize(2).map(pairs -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    pairs.forEach(p -> map.put(p.get1(), p.get2()));
                    return map;
                });
        return Combinators.combine(when, points(-30, 30), Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1), Tuple.of(1, 3), Tuple.of(1, 5)),
                        Arbitraries.of(true, false))
                .as((w, points, severity, named) -> new Rule.Row(w, points, severity,
                        named ? Optional.of(names("档" + w.values(), "row " + w.values())) : Optional.empty()));
    }

    private static Arbitrary<Rule.TeamShare> teams() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Rule.TeamShare(Rule.Split.EQUAL, List.of())),
                Arbitraries.of("1", "0.8", "0.6", "0.45", "0.333", "0.05").map(BigDecimal::new).list().ofMinSize(1).ofMaxSize(4)
                        .map(shares -> new Rule.TeamShare(Rule.Split.BY_PLACE, shares)));
    }

    private static Arbitrary<Rule.HighestOnly> highestOnly(Source source) {
        List<String> by = new ArrayList<>(source.vocabulary.keySet());
        by.add("project");
        return Combinators.combine(Arbitraries.of(by).optional(0.6), Arbitraries.of(Rule.Over.class)).as(Rule.HighestOnly::new);
    }

    // ------------------------------------------------------------------ limits

    /**
     * A limit before its code is known: on a part, on a category (in the one part its rules give points in, else
     * naming the part too), or both.
     */
    record LimitSpec(Optional<Category> category, int part, boolean namesPart, Limit.Per per, Optional<BigDecimal> floor,
                     Optional<BigDecimal> cap) {
        Limit limit(String code, List<String> parts, List<Rule> rules) {
            boolean alone = category.isPresent() && !namesPart && onePart(category.get(), rules);
            return new Limit(code, names("限额" + code, "limit " + code), category,
                    alone ? Optional.empty() : Optional.of(parts.get(part % parts.size())), per, floor, cap);
        }
    }

    /** Whether every rule of {@code category} names its part, and all name the same one (there is at least one). */
    static boolean onePart(Category category, List<Rule> rules) {
        Set<String> parts = new HashSet<>();
        for (Rule rule : rules) {
            if (rule.category().equals(category)) {
                if (rule.part().isEmpty()) {
                    return false;
                }
                parts.add(rule.part().get());
            }
        }
        return parts.size() == 1;
    }

    private static final Arbitrary<LimitSpec> LIMITS = limits();

    private static Arbitrary<LimitSpec> limits() {
        Arbitrary<Category> categories = Arbitraries.of(Source.class).map(s -> s.category);
        Arbitrary<Tuple.Tuple2<Optional<BigDecimal>, Optional<BigDecimal>>> floorCap = Combinators.combine(points(-20, 60), points(-20, 60),
                Arbitraries.integers().between(0, 2)).as((a, b, which) -> {
            BigDecimal low = a.min(b);
            BigDecimal high = a.max(b);
            return switch (which) {
                case 0 -> Tuple.of(Optional.of(low), Optional.<BigDecimal>empty());
                case 1 -> Tuple.of(Optional.<BigDecimal>empty(), Optional.of(high));
                default -> Tuple.of(Optional.of(low), Optional.of(high));
            };
        });
        return Combinators.combine(categories.optional(0.6), Arbitraries.integers().between(0, 1000), Arbitraries.of(true, false), Arbitraries.of(Limit.Per.class),
                floorCap).as((category, part, namesPart, per, fc) -> new LimitSpec(category, part, namesPart, per, fc.get1(), fc.get2()));
    }

    // ------------------------------------------------------------------ vetoes, gates, periods

    /** A veto or gate before the indicators it may read are known. */
    record Outcome(int indicator, Comparison comparison, BigDecimal threshold, BigDecimal score) {
        String indicator(List<String> readable) {
            return readable.get(indicator % readable.size());
        }
    }

    private static final Arbitrary<Outcome> OUTCOMES = outcomes();

    private static Arbitrary<Outcome> outcomes() {
        Arbitrary<BigDecimal> scores = Arbitraries.frequencyOf(Tuple.of(3, points(0, 100)),
                Tuple.of(1, Arbitraries.integers().between(0, 100_000).map(i -> BigDecimal.valueOf(i, 3))));
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(Comparison.class), points(-1, 100), scores)
                .as(Outcome::new);
    }

    private static Arbitrary<RuleSet.YearRule> yearRules() {
        Arbitrary<BigDecimal> weight = Arbitraries.of("0.4", "0.6", "1", "2", "0.3333", "3").map(BigDecimal::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just((RuleSet.YearRule) null)),
                Tuple.of(1, Arbitraries.just(RuleSet.YearRule.FROM_RECORDS)),
                Tuple.of(2, Arbitraries.just(RuleSet.YearRule.MEAN_OF_TERMS)),
                Tuple.of(2, weight.list().ofSize(2).map(w -> new RuleSet.YearRule(RuleSet.YearRule.From.TERMS, w, false))),
                Tuple.of(1, Arbitraries.just(new RuleSet.YearRule(RuleSet.YearRule.From.TERMS, List.of(), true))));
    }

    private static Arbitrary<RuleSet.GraduationRule> graduations() {
        return Arbitraries.of("0.3", "0.1", "0.25", "1").map(BigDecimal::new).list().ofMinSize(1).ofMaxSize(4).map(RuleSet.GraduationRule::new);
    }

    // ------------------------------------------------------------------ numbers

    /** Weights: round ones, and now and then one with many decimals or 0. */
    private static Arbitrary<BigDecimal> weights() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("0.1", "0.2", "0.25", "0.3", "0.5", "0.6", "0.7", "1").map(BigDecimal::new)),
                Tuple.of(2, Arbitraries.integers().between(0, 2000).map(i -> BigDecimal.valueOf(i, 3))),
                Tuple.of(1, Arbitraries.of("0", "0.3333", "1.5", "0.05", "0.125").map(BigDecimal::new)));
    }

    /** Points of at most two decimals between {@code least} and {@code most}, whole more often than not. */
    static Arbitrary<BigDecimal> points(int least, int most) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(least, most).map(BigDecimal::valueOf)),
                Tuple.of(1, Arbitraries.integers().between(least * 100, most * 100).map(i -> BigDecimal.valueOf(i, 2))),
                Tuple.of(1, Arbitraries.integers().between(least * 10, most * 10).map(i -> BigDecimal.valueOf(i, 1))));
    }

    /** A part's floor or cap: any decimal, a few of them with more than two places. */
    private static Arbitrary<BigDecimal> bounds() {
        return Arbitraries.frequencyOf(Tuple.of(4, points(-20, 120)),
                Tuple.of(1, Arbitraries.integers().between(-20_000, 120_000).map(i -> BigDecimal.valueOf(i, 3))));
    }

    private static Arbitrary<BigDecimal> scales() {
        return Arbitraries.of("1", "0.5", "0.1", "0.25", "2", "0.333", "0.05").map(BigDecimal::new);
    }

    static Bilingual names(String zh, String en) {
        return new Bilingual(zh, en);
    }
}
