package edu.yiban.scoring.student;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.formula.Formula;
import edu.yiban.scoring.internal.formula.FormulaException;
import edu.yiban.scoring.internal.formula.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A checked rule set and grade scale ready for a pass: parts numbered (depth first, the root 0), rules and
 * limits by part, severity indicators numbered, formulas parsed, and {@link #compile} turning a (category,
 * attribute set) into what the pass applies to each row.
 */
final class RuleBook {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** How much of an entry's attributes a line quotes. */
    private static final int SHOWN_ATTRIBUTES = 120;

    final RuleSet set;
    final GradeScale scale;
    /** The grade scale, read once. */
    final Grading grading;
    final List<Rule> rules;
    /** The parts, depth first, parents before children (the root is 0). */
    final List<Part> parts;
    /** Each part's parent's index, -1 for the root. */
    final int[] parent;
    /** Each part's children's indexes, in order. */
    final int[][] children;
    /** Each rule's part, or -1 when it counts in the part named like the entry's own dimension. */
    final int[] rulePart;
    /** The part each core dimension's entries count in for a rule with no part of its own, or -1. */
    final int[] dimensionPart;
    /** Each rule's severity indicator slot, or -1. */
    final int[] severitySlot;
    /** The severity indicators, in first-declared order. */
    final List<String> severities;
    /** The limits, in the order they apply. */
    final List<Limit> limits;
    /** Each limit's part: its own, or its category's. */
    final int[] limitPart;
    /** Each part's formula, or null. */
    final Formula[] partFormula;
    /** Whether a part has lines to show: a rule, a limit, a base or a default of its own. */
    final boolean[] linesIn;
    /** Each formula-method rule's formula, or null. */
    final Formula[] ruleFormula;
    /** The indicator each formula variable stands for. */
    final Map<String, String> variables;
    private final Map<Category, List<Integer>> byCategory = new HashMap<>();
    /** Item lines already written, by what they say: most items of a row read the same for every student. */
    final Map<Tally.ItemText, Bilingual> texts = new ConcurrentHashMap<>();

    public RuleBook(RuleSet set, GradeScale scale) {
        this.set = RuleSet.checked(set);
        this.scale = scale;
        this.grading = new Grading(scale);
        this.rules = set.rules();
        this.limits = set.limits();
        this.parts = set.parts().flatten();
        Map<String, Integer> partIndex = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            partIndex.put(parts.get(p).code(), p);
        }
        parent = new int[parts.size()];
        parent[0] = -1;
        children = new int[parts.size()][];
        for (int p = 0; p < parts.size(); p++) {
            List<Part> sub = parts.get(p).children();
            children[p] = new int[sub.size()];
            for (int c = 0; c < sub.size(); c++) {
                children[p][c] = indexOf(partIndex, sub.get(c).code());
                parent[children[p][c]] = p;
            }
        }
        dimensionPart = new int[Dimension.values().length];
        for (Dimension d : Dimension.values()) {
            dimensionPart[d.ordinal()] = partIndex.getOrDefault(d.name().toLowerCase(Locale.ROOT), -1);
        }
        List<Violation> found = new ArrayList<>();
        Map<String, Integer> severityCodes = new LinkedHashMap<>();
        severitySlot = new int[rules.size()];
        rulePart = new int[rules.size()];
        ruleFormula = new Formula[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.category().equals(scale.category())) {
                found.add(RuleChecks.violation("rules[" + i + "].category", "student.rule.academic", rule.code(), rule.category().code()));
            }
            byCategory.computeIfAbsent(rule.category(), c -> new ArrayList<>()).add(i);
            severitySlot[i] = rule.severity().map(code -> severityCodes.computeIfAbsent(code, c -> severityCodes.size())).orElse(-1);
            rulePart[i] = rule.part().map(partIndex::get).orElse(-1);
            if (rule.method() instanceof Rule.Formula f) {
                ruleFormula[i] = Formula.parse(f.formula());
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        severities = List.copyOf(severityCodes.keySet());
        limitPart = new int[limits.size()];
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            limitPart[i] = indexOf(partIndex, limit.part().orElseGet(() -> RuleChecks.partOf(limit.category().orElseThrow(), rules).orElseThrow()));
        }
        linesIn = new boolean[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            linesIn[p] = parts.get(p).base().isPresent() || parts.get(p).fallback().isPresent();
        }
        for (int r : rulePart) {
            if (r >= 0) {
                linesIn[r] = true;
            }
        }
        for (int d : dimensionPart) {
            if (d >= 0 && rules.stream().anyMatch(r -> r.part().isEmpty())) {
                linesIn[d] = true;
            }
        }
        for (int l : limitPart) {
            linesIn[l] = true;
        }
        variables = RuleChecks.variables(set, severities);
        partFormula = new Formula[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            Optional<String> formula = parts.get(p).formula();
            if (formula.isPresent()) {
                partFormula[p] = Formula.parse(formula.get(), variables.keySet());
            }
        }
    }

    /** The name for people of an indicator the rule set reads: the academic part's, a part's points, a declared one; else its code. */
    Bilingual indicatorName(String code) {
        if (RuleChecks.academic().contains(code)) {
            return ScoringMessages.bilingual("indicator." + code);
        }
        for (Part part : parts) {
            if (StudentEvaluation.points(part.code()).equals(code)) {
                return ScoringMessages.bilingual("indicator.points", part.name().zh(), part.name().en());
            }
        }
        return set.indicators().stream().filter(i -> i.code().equals(code)).map(i -> i.name()).findFirst().orElse(new Bilingual(code, code));
    }

    /** The indicators the rule set itself produces: each part's points, the academic measures, the severities. */
    public Set<String> produced() {
        Set<String> codes = new TreeSet<>(RuleChecks.academic());
        parts.forEach(p -> codes.add(StudentEvaluation.points(p.code())));
        codes.addAll(severities);
        return codes;
    }

    /** The rule set. */
    public RuleSet ruleSet() {
        return set;
    }

    /** The severity indicators the rules feed. */
    public List<String> severities() {
        return severities;
    }

    /** Whether any entry of {@code category} is read: grades, or a rule's. */
    public boolean reads(Category category) {
        return category.equals(scale.category()) || byCategory.containsKey(category);
    }

    /** What an entry of {@code category} with {@code attributes} counts as. */
    public Compiled compile(Category category, SortedMap<String, String> attributes) {
        if (category.equals(scale.category())) {
            return grade(attributes);
        }
        List<Integer> candidates = byCategory.get(category);
        if (candidates == null) {
            return Compiled.IGNORED;
        }
        for (int index : candidates) {
            Rule rule = rules.get(index);
            if (holds(rule.when(), attributes)) {
                try {
                    return compile(index, rule, attributes);
                } catch (Refusal r) {
                    return new Compiled.Bad(r.attribute, r.problem);
                }
            }
        }
        return Compiled.IGNORED;
    }

    private static boolean holds(Map<String, String> when, SortedMap<String, String> attributes) {
        for (Map.Entry<String, String> condition : when.entrySet()) {
            if (!condition.getValue().equals(attributes.get(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private Compiled compile(int index, Rule rule, SortedMap<String, String> attributes) {
        if (rule.method() instanceof Rule.SumBands bands) {
            return new Compiled.Sample(index, number(attributes, bands.attribute()));
        }
        if (rule.method() instanceof Rule.TrimmedMean mean) {
            return new Compiled.Sample(index, number(attributes, mean.attribute()));
        }
        Bilingual label;
        BigDecimal points = null;
        int severity = 0;
        if (rule.method() instanceof Rule.Table table) {
            Rule.Row row = table.rows().stream().filter(r -> holds(r.when(), attributes)).findFirst().orElse(null);
            if (row == null) {
                return new Compiled.NoRow(index, shown(attributes));
            }
            points = row.points();
            severity = row.severity();
            label = row.name().orElseGet(() -> {
                String values = row.when().isEmpty() ? shown(attributes) : shown(row.when());
                return new Bilingual(values, values);
            });
        } else if (rule.method() instanceof Rule.AttributeValue value) {
            BigDecimal number = number(attributes, value.attribute());
            points = number.multiply(value.scale()).setScale(2, RoundingMode.HALF_UP);
            label = ScoringMessages.bilingual("student.line.attribute", value.attribute(), number.toPlainString(), value.scale().toPlainString());
        } else if (rule.method() instanceof Rule.Formula f) {
            points = formula(ruleFormula[index], attributes);
            label = ScoringMessages.bilingual("student.line.formula", f.formula(), shown(attributes));
        } else {
            label = ScoringMessages.bilingual("student.line.recorded");
        }
        BigDecimal factor = BigDecimal.ONE;
        int divisor = 1;
        int place = 0;
        int teamSize = 0;
        if (rule.team().isPresent() && attributes.containsKey("teamSize")) {
            teamSize = whole(attributes, "teamSize", 1);
            if (teamSize > 1) {
                Rule.TeamShare team = rule.team().get();
                if (team.split() == Rule.Split.EQUAL) {
                    divisor = teamSize;
                    place = attributes.containsKey("place") ? whole(attributes, "place", 1) : 0;
                } else {
                    place = whole(attributes, "place", 1);
                    factor = team.shares().get(Math.min(place, team.shares().size()) - 1);
                }
                if (place > teamSize) {
                    throw new Refusal("place", ScoringMessages.BUNDLE.text("student.entry.place", place, teamSize));
                }
            } else {
                teamSize = 0;
            }
        }
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        if (rule.prorate().isPresent()) {
            String fromText = attributes.get("from");
            String toText = attributes.get("to");
            if (fromText != null) {
                from = day(attributes, "from");
            }
            if (toText != null) {
                to = day(attributes, "to");
            }
            if (fromText != null && toText != null && from > to) {   // with either missing, from > to cannot hold
                throw new Refusal("to", ScoringMessages.BUNDLE.text("student.entry.dates", fromText, toText));
            }
        }
        // an item without the grouping attribute counts on its own
        String group = rule.highestOnly().map(h -> h.by().isEmpty() ? "" : attributes.get(h.by().get())).orElse(null);
        return new Compiled.Item(index, label, points, severity, factor, divisor, place, teamSize, from, to, group,
                rule.prorate().orElse(null));
    }

    /**
     * A grade entry: left out when the scale leaves its {@code kind} out (nothing else is read); else its attempt,
     * credits, and score ({@code score}) or word ({@code grade}) with the points the scale gives.
     */
    private Compiled grade(SortedMap<String, String> attributes) {
        String course = attributes.get("course");
        String code = attributes.get("courseCode");
        String key = code != null ? code : course;
        String named = course != null ? course : code;
        String kind = attributes.get("kind");
        if (kind != null && grading.excludes(kind)) {
            return Compiled.Grade.excluded(named, key, kind);
        }
        try {
            GradeScale.Attempt attempt = GradeScale.Attempt.FIRST;
            if (attributes.containsKey("attempt")) {
                String word = attributes.get("attempt");
                attempt = grading.attempt(word);
                if (attempt == null) {
                    throw new Refusal("attempt", ScoringMessages.BUNDLE.text("student.grades.entry.attempt", shownValue(word),
                            scale.attempts().words().isEmpty() ? "—" : String.join(", ", scale.attempts().words().keySet())));
                }
            }
            if (attempt != GradeScale.Attempt.FIRST && key == null) {
                throw new Refusal("course", ScoringMessages.BUNDLE.text("student.grades.entry.course",
                        ScoringMessages.BUNDLE.text("student.grades.attempt." + attempt.name())));
            }
            BigDecimal credits = number(attributes, "credits");
            if (credits.signum() <= 0 || credits.compareTo(HUNDRED) > 0) {
                throw new Refusal("credits", ScoringMessages.BUNDLE.text("student.entry.range", "credits", credits.toPlainString(), "0", "100"));
            }
            long hundredthsOfCredits = hundredths(credits, "credits");
            if (attributes.containsKey("score")) {
                BigDecimal score = number(attributes, "score");
                if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                    throw new Refusal("score", ScoringMessages.BUNDLE.text("student.entry.range", "score", score.toPlainString(), "0", "100"));
                }
                long hundredthsOfScore = hundredths(score, "score");
                return new Compiled.Grade(named, key, attempt, score.toPlainString(), hundredthsOfCredits, hundredthsOfScore,
                        points(score, "score"), hundredthsOfScore < grading.passMark, null);
            }
            if (!attributes.containsKey("grade")) {
                throw new Refusal("score", ScoringMessages.BUNDLE.text("student.entry.score"));
            }
            String word = attributes.get("grade");
            GradeScale.Grade grade = grading.word(word);
            if (grade == null) {
                throw new Refusal("grade", ScoringMessages.BUNDLE.text("student.entry.grade", word));
            }
            if (grade.pass().isPresent()) {
                return new Compiled.Grade(named, key, attempt, word, hundredthsOfCredits, Compiled.Grade.NONE, Compiled.Grade.NONE,
                        !grade.pass().get(), null);
            }
            long score = grade.score().map(s -> s.movePointRight(2).longValueExact()).orElse(Compiled.Grade.NONE);
            long points = grade.points().isPresent() ? grading.units(grade.points().get()) : points(grade.score().orElseThrow(), "grade");
            boolean failed = score == Compiled.Grade.NONE ? points == 0 : score < grading.passMark;
            return new Compiled.Grade(named, key, attempt, word, hundredthsOfCredits, score, points, failed, null);
        } catch (Refusal r) {
            return new Compiled.Bad(r.attribute, r.problem);
        }
    }

    /** The points of {@code score}; a formula that cannot be worked out there is the entry's {@code attribute}'s fault. */
    private long points(BigDecimal score, String attribute) {
        try {
            return grading.points(score);
        } catch (FormulaException e) {
            throw new Refusal(attribute, e.problem());
        }
    }

    /** A formula over an entry's numbers, each variable an attribute (with {@code _} for {@code -} and {@code .}); two decimals, half-up. */
    private static BigDecimal formula(Formula formula, SortedMap<String, String> attributes) {
        Map<String, Rational> values = new HashMap<>();
        for (String variable : formula.names()) {
            String key = attributes.containsKey(variable) ? variable : attributeNamed(variable, attributes);
            values.put(variable, Rational.of(number(attributes, key == null ? variable : key)));
        }
        try {
            return formula.evaluate(values::get).toBigDecimal(2, RoundingMode.HALF_UP);
        } catch (FormulaException e) {
            throw new Refusal(formula.names().isEmpty() ? "formula" : formula.names().iterator().next(), e.problem());
        }
    }

    /** The attribute a formula variable stands for: its key with {@code -} and {@code .} written {@code _}. */
    private static @Nullable String attributeNamed(String variable, SortedMap<String, String> attributes) {
        for (String key : attributes.keySet()) {
            if (key.replace('-', '_').replace('.', '_').equals(variable)) {
                return key;
            }
        }
        return null;
    }

    /** The index of part {@code code}, one of the checked rule set's parts. */
    private static int indexOf(Map<String, Integer> partIndex, String code) {
        return Objects.requireNonNull(partIndex.get(code), "a part of the checked rule set");
    }

    // ------------------------------------------------------------------ attribute parsing

    private static BigDecimal number(SortedMap<String, String> attributes, String key) {
        String text = attributes.get(key);
        if (text == null) {
            throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.missing", key));
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.number", key, shownValue(text)));
        }
    }

    private static int whole(SortedMap<String, String> attributes, String key, int least) {
        String text = attributes.get(key);
        if (text == null) {
            throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.missing", key));
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < least || value > 10_000) {
                throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.range", key, text, least, "10000"));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.whole", key, shownValue(text)));
        }
    }

    /** The day {@code key} names; called for a key the entry has. */
    private static int day(SortedMap<String, String> attributes, String key) {
        String text = Objects.requireNonNull(attributes.get(key), "day() is called for an attribute the entry has");
        try {
            return (int) LocalDate.parse(text.trim()).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.date", key, shownValue(text)));
        }
    }

    private static long hundredths(BigDecimal value, String key) {
        if (value.stripTrailingZeros().scale() > 2) {
            throw new Refusal(key, ScoringMessages.BUNDLE.text("student.entry.places", key, value.toPlainString()));
        }
        return value.movePointRight(2).longValueExact();
    }

    private static String shown(Map<String, String> attributes) {
        String all = attributes.entrySet().stream().map(e -> e.getKey() + "=" + shownValue(e.getValue())).collect(Collectors.joining(", "));
        return all.length() <= SHOWN_ATTRIBUTES ? all : all.substring(0, SHOWN_ATTRIBUTES) + "…";
    }

    private static String shownValue(String value) {
        return edu.yiban.core.validation.Checks.shown(value);
    }

    /** An attribute a rule cannot read. */
    private static final class Refusal extends RuntimeException {
        final String attribute;
        final transient Text problem;

        Refusal(String attribute, Text problem) {
            super(null, null, false, false);
            this.attribute = attribute;
            this.problem = problem;
        }
    }
}
