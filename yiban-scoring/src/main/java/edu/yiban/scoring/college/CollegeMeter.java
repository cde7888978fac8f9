package edu.yiban.scoring.college;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.MemberCounts;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.space.SpaceMetrics;
import edu.yiban.core.space.WeeklyActive;
import edu.yiban.core.validation.Checks;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.org.tree.KindRule;
import edu.yiban.org.tree.SlotRule;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.system.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Measures the indicators of {@link CollegeIndicator} for every college with a studying student on the
 * period's last day, and sets the imported metrics beside (or over) them. Reads the campus; writes nothing.
 */
final class CollegeMeter {
    private final CollegePreset preset;
    private final YibanCore core;
    private final CampusDirectory directory;
    private final OrganisationTree tree;
    private final LocalDate from;
    private final LocalDate to;
    private final Set<CollegeIndicator> wanted = EnumSet.noneOf(CollegeIndicator.class);

    /** The studying students of each evaluated college on {@code to}, by college code. */
    private final Map<CollegeId, List<Student>> students = new TreeMap<>();

    private CollegeMeter(CollegePreset preset, YibanCore core, CampusDirectory directory, OrganisationTree tree,
                         LocalDate from, LocalDate to) {
        this.preset = preset;
        this.core = core;
        this.directory = directory;
        this.tree = tree;
        this.from = from;
        this.to = to;
        for (Indicator indicator : preset.system().indicators()) {
            CollegeIndicator.of(indicator.code()).ifPresent(wanted::add);
        }
    }

    static CollegeMeasures measure(CollegePreset preset, YibanCore core, YibanOrganisation organisation, LocalDate from, LocalDate to,
                                   List<ImportedMetric> imports) {
        Objects.requireNonNull(core, "core is null");
        Objects.requireNonNull(organisation, "organisation is null");
        return measure(preset, core, core.directory(), organisation.tree(), from, to, imports);
    }

    /**
     * {@link #measure} reading the campus from {@code directory} and the organisation from {@code tree} (a test
     * gives ones that change between two reads).
     */
    static CollegeMeasures measure(CollegePreset preset, YibanCore core, CampusDirectory directory, OrganisationTree tree,
                                   LocalDate from, LocalDate to, List<ImportedMetric> imports) {
        Checks.required(from, "from", ScoringMessages.label("from"));
        Checks.required(to, "to", ScoringMessages.label("to"));
        if (to.isBefore(from)) {
            throw ScoringMessages.invalid("to", "college.period.order", from.toString(), to.toString());
        }
        Checks.required(imports, "imports", ScoringMessages.label("imports"));
        CollegeMeter meter = new CollegeMeter(preset, core, directory, tree, from, to);
        meter.findStudents();
        meter.check(imports);
        return new CollegeMeasures(from, to, meter.raw(imports));
    }

    // ------------------------------------------------------------------ who is evaluated

    private void findStudents() {
        // the students before the classes: a class is added before anyone is placed in it, so the later
        // list holds every student's class; read the other way, a class added in between was missing
        List<Student> all = directory.students();
        Map<ClassId, CollegeId> collegeOf = new HashMap<>();
        for (AdminClass c : directory.classes()) {
            collegeOf.put(c.id(), c.college());
        }
        for (Student student : all) {
            if (student.statusOn(to).filter(s -> s.isStudying()).isPresent()) {
                CollegeId college = collegeOf.get(student.classOn(to));
                students.computeIfAbsent(college, c -> new ArrayList<>()).add(student);
            }
        }
    }

    private void check(List<ImportedMetric> imports) {
        List<Violation> found = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        preset.system().indicators().forEach(i -> declared.add(i.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < imports.size(); i++) {
            ImportedMetric m = imports.get(i);
            String path = "imports[" + i + "]";
            if (m == null) {
                found.add(Violation.of(path, ScoringMessages.BUNDLE.text("college.import.none")));
                continue;
            }
            ScoringMessages.validator().violations(m).forEach(v -> found.add(v.under(path)));
            if (!students.containsKey(m.college())) {
                found.add(Violation.of(path + ".college", ScoringMessages.BUNDLE.text("college.import.college", m.college().value(), to.toString())));
            }
            if (!declared.contains(m.indicator())) {
                found.add(Violation.of(path + ".indicator", ScoringMessages.BUNDLE.text("college.import.indicator", m.indicator(), preset.system().id(),
                        String.join(", ", new java.util.TreeSet<>(declared)))));
            }
            if (!seen.add(m.college().value() + "\u0000" + m.indicator())) {
                found.add(Violation.of(path, ScoringMessages.BUNDLE.text("college.import.twice", m.college().value(), m.indicator())));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    // ------------------------------------------------------------------ raw values

    private RawValues raw(List<ImportedMetric> imports) {
        boolean spaces = wanted.stream().anyMatch(i -> i.source().equals("class-spaces"));
        boolean org = wanted.stream().anyMatch(i -> i.source().equals("organisation"));
        Team team = org ? new Team(to) : null;
        RawValues.Builder raw = RawValues.builder();
        for (Map.Entry<CollegeId, List<Student>> entry : students.entrySet()) {
            CollegeId college = entry.getKey();
            String subject = college.value();
            raw.subject(subject);
            Map<String, Measure> measured = new TreeMap<>();
            if (spaces) {
                measured.putAll(spaceMeasures(entry.getValue()));
            }
            if (team != null) {
                measured.putAll(team.measures(college, entry.getValue().size()));
            }
            measured.forEach((code, measure) -> raw.put(subject, code, measure));
            for (ImportedMetric m : imports) {
                if (m.college().equals(college)) {
                    raw.put(subject, m.indicator(), imported(m, Optional.ofNullable(measured.get(m.indicator()))));
                }
            }
        }
        return raw.build();
    }

    private Map<String, Measure> spaceMeasures(List<Student> studying) {
        Set<PersonId> persons = new HashSet<>();
        Set<ClassId> classIds = new TreeSet<>();
        for (Student s : studying) {
            persons.add(s.person());
            classIds.add(s.classOn(to));
        }
        List<ClassFigures> classes = new ArrayList<>();
        for (ClassId id : classIds) {
            classes.add(core.spaces().find(SpaceId.ofClass(id)).map(space -> figures(id, space)).orElseGet(() -> ClassFigures.closed(id)));
        }
        int weeks = classes.stream().filter(ClassFigures::open).mapToInt(ClassFigures::weeks).findFirst().orElse(weeksIn(from, to));
        long open = classes.stream().filter(ClassFigures::open).count();
        long registered = sum(classes, ClassFigures::registered);
        long verified = sum(classes, ClassFigures::verified);
        long signedIn = sum(classes, ClassFigures::signedIn);
        long possible = sum(classes, ClassFigures::possible);
        long activities = sum(classes, ClassFigures::activities);
        long posts = sum(classes, ClassFigures::postsAndReplies);
        long members = sum(classes, ClassFigures::members);
        long sticky = sum(classes, ClassFigures::sticky);
        Set<PersonId> lastDay = new HashSet<>();
        Fraction activity = Fraction.ZERO;
        for (ClassFigures c : classes) {
            lastDay.addAll(c.lastDayMembers());
            activity = activity.plus(Fraction.of(c.activeMemberWeeks(), (long) c.weeks() * c.members()));
        }
        long covered = persons.stream().filter(lastDay::contains).count();
        int need = need(weeks);
        Map<String, Measure> out = new TreeMap<>();
        put(out, CollegeIndicator.REGISTERED_SHARE, Fraction.of(covered, studying.size()),
                ScoringMessages.bilingual("college.note.registered", covered, studying.size(), to.toString()));
        put(out, CollegeIndicator.VERIFIED_SHARE, Fraction.of(verified, registered),
                ScoringMessages.bilingual("college.note.verified", verified, registered, open, to.toString()));
        put(out, CollegeIndicator.WEEKLY_ACTIVE_SHARE, activity.over(classes.size()),
                ScoringMessages.bilingual("college.note.activity", classes.size(), weeks, classList(classes)));
        put(out, CollegeIndicator.SIGN_IN_RATE, Fraction.of(signedIn, possible),
                ScoringMessages.bilingual("college.note.sign-in", signedIn, possible, activities));
        put(out, CollegeIndicator.POSTS_PER_MEMBER, Fraction.of(posts, members),
                ScoringMessages.bilingual("college.note.posts", posts, members));
        put(out, CollegeIndicator.STICKY_SHARE, Fraction.of(sticky, members),
                ScoringMessages.bilingual("college.note.sticky", sticky, members, need, weeks));
        return out;
    }

    private static long sum(List<ClassFigures> classes, ToLongFunction<ClassFigures> figure) {
        return classes.stream().mapToLong(figure).sum();
    }

    private void put(Map<String, Measure> out, CollegeIndicator indicator, Fraction value, Bilingual note) {
        if (wanted.contains(indicator)) {
            out.put(indicator.code(), measure(indicator, value, note));
        }
    }

    private Measure measure(CollegeIndicator indicator, Fraction value, Bilingual note) {
        return new Measure(value.decimal(CollegeIndicator.SCALE), indicator.source(), Optional.of(to), Optional.of(note));
    }

    private static Bilingual classList(List<ClassFigures> classes) {
        return new Bilingual(classList(classes, MessageBundle.ZH), classList(classes, MessageBundle.EN));
    }

    private static String classList(List<ClassFigures> classes, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (ClassFigures c : classes) {
            parts.add(c.open()
                    ? ScoringMessages.BUNDLE.render(locale, "college.note.class", c.id().value(), c.activeMemberWeeks(), (long) c.weeks() * c.members())
                    : ScoringMessages.BUNDLE.render(locale, "college.note.class.closed", c.id().value()));
        }
        return String.join(ScoringMessages.BUNDLE.pattern("college.list.separator", locale), parts);
    }

    /** The fewest active weeks of {@code weeks} that reach the rules' share: ⌈share × weeks⌉. */
    private int need(int weeks) {
        return BigDecimal.valueOf(weeks).multiply(preset.rules().activeWeeksShare()).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The number of ISO weeks overlapping {@code from .. to}. */
    private static int weeksIn(LocalDate from, LocalDate to) {
        LocalDate first = from.minusDays(from.getDayOfWeek().getValue() - 1L);
        LocalDate last = to.minusDays(to.getDayOfWeek().getValue() - 1L);
        return (int) (ChronoUnit.WEEKS.between(first, last) + 1);
    }

    // ------------------------------------------------------------------ one class space

    /** What the college's figures need of one class's space over the period. */
    private record ClassFigures(ClassId id, boolean open, int weeks, int members, long activeMemberWeeks, int registered, int verified,
                                long signedIn, long possible, int activities, long postsAndReplies, long sticky,
                                Set<PersonId> lastDayMembers) {
        static ClassFigures closed(ClassId id) {
            return new ClassFigures(id, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of());
        }
    }

    private ClassFigures figures(ClassId id, Space space) {
        SpaceMetrics m = space.metrics(from, to);
        long active = m.weeks().stream().mapToLong(WeeklyActive::activeMembers).sum();
        Set<PersonId> lastDay = new HashSet<>();
        if (wanted.contains(CollegeIndicator.REGISTERED_SHARE)) {
            space.metrics(to, to).members().forEach(c -> lastDay.add(c.member()));
        }
        long sticky = wanted.contains(CollegeIndicator.STICKY_SHARE) ? sticky(space, m) : 0;
        return new ClassFigures(id, true, m.weeks().size(), m.members().size(), active, m.registered(), m.verified(),
                m.signInRate().numerator(), m.signInRate().denominator(), m.activities(), m.posts() + m.replies(), sticky, lastDay);
    }

    /** The members of {@code m} active (posted, replied, voted or signed in) in at least {@link #need} of its weeks. */
    private long sticky(Space space, SpaceMetrics m) {
        Map<PersonId, Integer> activeWeeks = new HashMap<>();
        for (WeeklyActive week : m.weeks()) {
            LocalDate weekFrom = week.weekOf().isBefore(from) ? from : week.weekOf();
            LocalDate sunday = week.weekOf().plusDays(6);
            LocalDate weekTo = sunday.isAfter(to) ? to : sunday;
            for (MemberCounts c : space.metrics(weekFrom, weekTo).members()) {
                if (c.posts() + c.replies() + c.votes() + c.signIns() > 0) {
                    activeWeeks.merge(c.member(), 1, Integer::sum);
                }
            }
        }
        int need = need(m.weeks().size());
        return m.members().stream().filter(c -> activeWeeks.getOrDefault(c.member(), 0) >= need).count();
    }

    // ------------------------------------------------------------------ the organisation

    /** The organisation on the period's last day, read once for every college. */
    private final class Team {
        private final OrgSnapshot snapshot;
        private final List<CharterViolation> violations;
        private final List<KindRule> required = new ArrayList<>();
        /** The required items every college has: each required kind, and each of its slots with a least of 1 or more. */
        private final int items;

        Team(LocalDate day) {
            // both read on one version of the tree: a node dissolved between them was counted complete, its
            // unfilled posts missing from violations that no longer name it
            OrgSnapshot at;
            List<CharterViolation> found;
            long version;
            do {
                version = tree.version();
                at = tree.at(day);
                found = tree.validate(day);
            } while (tree.version() != version);
            this.snapshot = at;
            this.violations = found;
            for (KindRule kind : tree.charter().kinds()) {
                if (kind.collegeLevel() && kind.perCollege().map(b -> b.min() >= 1).orElse(false)) {
                    required.add(kind);
                }
            }
            this.items = required.stream().mapToInt(kind -> 1 + (int) kind.slots().stream().filter(slot -> slot.count().min() >= 1).count()).sum();
        }

        Map<String, Measure> measures(CollegeId college, int studying) {
            List<String> missing = new ArrayList<>();
            required.forEach(kind -> missing.addAll(unfilled(kind, college)));
            int filled = items - missing.size();
            Set<PersonId> people = new TreeSet<>();
            for (OrgUnit unit : snapshot.units(preset.rules().subStationKind(), college)) {
                snapshot.appointments(unit.id()).forEach(a -> people.add(a.appointment().person()));
            }
            Map<String, Measure> out = new TreeMap<>();
            put(out, CollegeIndicator.CHARTER_COMPLETENESS, Fraction.of(filled, items), missing.isEmpty()
                    ? ScoringMessages.bilingual("college.note.completeness", filled, items, to.toString())
                    : ScoringMessages.bilingual("college.note.completeness.missing", filled, items, to.toString(), String.join(", ", missing)));
            put(out, CollegeIndicator.SUB_STATION_PER_100, Fraction.of(people.size() * 100L, studying),
                    ScoringMessages.bilingual("college.note.sub-station", people.size(), studying, to.toString(), preset.rules().subStationKind().code()));
            return out;
        }

        /**
         * The required items of {@code kind} that {@code college} has not filled: the kind's code when it has
         * fewer nodes than the charter's per-college least, then the id of every slot with a least of 1 or more
         * that has no node to sit in or that {@code validate} finds short ({@code TOO_FEW}).
         */
        private List<String> unfilled(KindRule kind, CollegeId college) {
            List<OrgUnit> nodes = snapshot.units(kind.kind(), college);
            Set<OrgId> ids = new HashSet<>();
            nodes.forEach(n -> ids.add(n.id()));
            List<String> missing = new ArrayList<>();
            if (nodes.size() < kind.perCollege().orElseThrow().min()) {
                missing.add(kind.kind().code());
            }
            for (SlotRule slot : kind.slots()) {
                boolean tooFew = nodes.isEmpty() || violations.stream().anyMatch(v -> v.problem() == CharterViolation.Problem.TOO_FEW
                        && v.rule().equals(slot.id()) && v.node().map(ids::contains).orElse(false));
                if (slot.count().min() >= 1 && tooFew) {
                    missing.add(slot.id());
                }
            }
            return missing;
        }
    }

    // ------------------------------------------------------------------ imported metrics

    private static Measure imported(ImportedMetric m, Optional<Measure> measured) {
        List<Bilingual> parts = new ArrayList<>();
        parts.add(ScoringMessages.bilingual("college.note.imported", m.source(), m.asOf().toString()));
        m.note().ifPresent(parts::add);
        measured.ifPresent(x -> parts.add(ScoringMessages.bilingual("college.note.imported.measured",
                x.value().toPlainString(), x.note().map(Object.class::cast).orElse(""))));
        return new Measure(m.value(), m.source(), Optional.of(m.asOf()), Optional.of(CollegeText.join(parts)));
    }
}
