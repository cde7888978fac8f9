package edu.yiban.org;

import edu.yiban.core.directory.Role;
import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.Bound;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.org.tree.Department;
import edu.yiban.org.tree.InSiteMessage;
import edu.yiban.org.tree.KindRule;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Qualification;
import edu.yiban.org.tree.Recommendation;
import edu.yiban.org.tree.Severity;
import edu.yiban.org.tree.SlotRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of every public organisation value type, for properties. */
public final class OrgArbitraries {
    private OrgArbitraries() {
    }

    /** Every generator, by the type it makes. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(OrgId.class, orgIds());
        all.put(OrgKind.class, vocabulary().map(OrgKind::new));
        all.put(Position.class, vocabulary().map(Position::new));
        all.put(Department.class, vocabulary().map(Department::new));
        all.put(Office.class, offices());
        all.put(AppointmentRef.class, refs());
        all.put(OrgUnit.class, units());
        all.put(OrgUnit.Founding.class, Combinators.combine(units(), CoreArbitraries.personIds()).as(OrgUnit.Founding::new));
        all.put(Appointment.class, appointments());
        all.put(OfficeHolding.class, holdings());
        all.put(Recommendation.class, recommendations());
        all.put(InSiteMessage.class, Combinators.combine(orgIds(), CoreArbitraries.personIds(),
                CoreArbitraries.personIds().list().ofMinSize(1).ofMaxSize(3), CoreArbitraries.text(1, 20), CoreArbitraries.text(1, 40))
                .as(InSiteMessage::new));
        all.put(OrgSnapshot.class, snapshots());
        all.put(OrgSnapshot.Appointed.class, Combinators.combine(refs(), appointments()).as(OrgSnapshot.Appointed::new));
        all.put(OrgSnapshot.HeldOffice.class, Combinators.combine(refs(), holdings()).as(OrgSnapshot.HeldOffice::new));
        all.put(OrgSnapshot.ClassLink.class, links());
        all.put(Bilingual.class, bilingual());
        all.put(Bound.class, bounds());
        all.put(Severity.class, Arbitraries.of(Severity.class));
        all.put(Qualification.class, qualifications(2));
        all.put(SlotRule.class, slots());
        all.put(KindRule.class, kinds());
        all.put(Charter.class, Combinators.combine(vocabulary(), bilingual(), kinds().list().ofMinSize(1).ofMaxSize(3)).as(Charter::new));
        all.put(CharterViolation.Problem.class, Arbitraries.of(CharterViolation.Problem.class));
        all.put(CharterViolation.class, Combinators.combine(vocabulary(), Arbitraries.of(Severity.class), Arbitraries.of(CharterViolation.Problem.class),
                orgIds().optional(), CoreArbitraries.code().map(CollegeId::new).optional(), CoreArbitraries.personIds().optional(),
                CoreArbitraries.text(1, 30), CoreArbitraries.text(1, 30)).as(CharterViolation::new));
        all.putAll(PlanBudgetArbitraries.all());
        all.putAll(RecruitmentChartArbitraries.all());
        return all;
    }

    static Arbitrary<String> vocabulary() {
        return CoreArbitraries.vocabulary();
    }

    static Arbitrary<OrgId> orgIds() {
        return CoreArbitraries.code().map(OrgId::new);
    }

    static Arbitrary<AppointmentRef> refs() {
        return Arbitraries.longs().between(1, 999_999_999_999L).map(AppointmentRef::new);
    }

    static Arbitrary<Office> offices() {
        return Combinators.combine(vocabulary(), Arbitraries.oneOf(Arbitraries.just(""), CoreArbitraries.code())).as(Office::new);
    }

    static Arbitrary<OrgUnit> units() {
        return Combinators.combine(orgIds(), vocabulary().map(OrgKind::new), CoreArbitraries.text(1, 20), orgIds().optional(),
                CoreArbitraries.code().map(CollegeId::new).optional(), CoreArbitraries.dates())
                .as(OrgUnit::new);
    }

    static Arbitrary<Appointment> appointments() {
        return Combinators.combine(orgIds(), CoreArbitraries.personIds(), vocabulary().map(Position::new), CoreArbitraries.dates(),
                CoreArbitraries.dates().optional(), Arbitraries.of(true, false)).as(Appointment::new);
    }

    static Arbitrary<OfficeHolding> holdings() {
        return Combinators.combine(CoreArbitraries.personIds(), offices(), CoreArbitraries.dates(), CoreArbitraries.dates().optional())
                .as(OfficeHolding::new);
    }

    static Arbitrary<Recommendation> recommendations() {
        return Combinators.combine(orgIds(), CoreArbitraries.code().map(CollegeId::new), CoreArbitraries.personIds(),
                Arbitraries.integers().between(1, 99), CoreArbitraries.dates()).as(Recommendation::new);
    }

    static Arbitrary<OrgSnapshot.ClassLink> links() {
        return Combinators.combine(orgIds(), CoreArbitraries.code().map(ClassId::new), CoreArbitraries.dates()).as(OrgSnapshot.ClassLink::new);
    }

    static Arbitrary<OrgSnapshot> snapshots() {
        return Combinators.combine(CoreArbitraries.dates(), units().list().ofMaxSize(3),
                Combinators.combine(refs(), appointments()).as(OrgSnapshot.Appointed::new).list().ofMaxSize(3),
                Combinators.combine(refs(), holdings()).as(OrgSnapshot.HeldOffice::new).list().ofMaxSize(3),
                recommendations().list().ofMaxSize(3), links().list().ofMaxSize(3)).as(OrgSnapshot::new);
    }

    static Arbitrary<Bilingual> bilingual() {
        return Combinators.combine(CoreArbitraries.text(1, 30), CoreArbitraries.text(1, 30)).as(Bilingual::new);
    }

    static Arbitrary<Bound> bounds() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40))
                .as((a, b) -> new Bound(Math.min(a, b), b > 35 ? Bound.UNBOUNDED : Math.max(a, b)));
    }

    static Arbitrary<Qualification> qualifications(int depth) {
        Arbitrary<List<Qualification>> alternatives = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> qualifications(depth - 1)).list().ofMaxSize(2);
        return Combinators.combine(offices().map(Office::toString).optional(), Arbitraries.of(Role.class).optional(),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false), alternatives)
                .as(Qualification::new);
    }

    static Arbitrary<SlotRule> slots() {
        return Combinators.combine(vocabulary(), vocabulary().map(Position::new), bounds(), qualifications(1).optional(),
                Arbitraries.of(true, false).optional(), Arbitraries.of(Severity.class), bilingual()).as(SlotRule::new);
    }

    static Arbitrary<KindRule> kinds() {
        return Combinators.combine(vocabulary().map(OrgKind::new), bilingual(), vocabulary().map(OrgKind::new).list().ofMaxSize(2),
                bounds(), bounds().optional(), Arbitraries.of(true, false), Arbitraries.of(true, false), slots().list().ofMaxSize(3))
                .as((kind, name, parents, count, perCollege, collegeLevel, closed, slots) ->
                        new KindRule(kind, name, parents, count, perCollege, collegeLevel, closed, slots, Severity.ERROR));
    }

}
