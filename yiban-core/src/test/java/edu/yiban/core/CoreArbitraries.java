package edu.yiban.core;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.DimensionTotals;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Evidence;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.Revocation;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.Cadre;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Placement;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of every public core value type, for properties. */
public final class CoreArbitraries {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private CoreArbitraries() {
    }

    /** Every generator, by the type it makes; a test checks that every public value type is here. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(StudentNo.class, studentNos());
        all.put(StaffNo.class, number().map(StaffNo::new));
        all.put(PersonId.class, personIds());
        all.put(CollegeId.class, code().map(CollegeId::new));
        all.put(MajorId.class, code().map(MajorId::new));
        all.put(ClassId.class, code().map(ClassId::new));
        all.put(Cohort.class, Arbitraries.integers().between(Cohort.MIN_YEAR, Cohort.MAX_YEAR).map(Cohort::new));
        all.put(AcademicYear.class, academicYears());
        all.put(TermId.class, termIds());
        all.put(StreamId.class, streamIds());
        all.put(ChainHash.class, hashes());
        all.put(Checkpoint.class, Combinators.combine(streamIds(), Arbitraries.longs().greaterOrEqual(0), hashes()).as(Checkpoint::new));
        all.put(ChainBreak.class, chainBreaks());
        all.put(ChainBreak.Problem.class, Arbitraries.of(ChainBreak.Problem.class));
        all.put(StreamVerification.class, streamVerifications());
        all.put(VerificationReport.class, streamVerifications().list().ofMaxSize(4).map(VerificationReport::new));
        all.put(StoredRecord.class, storedRecords());
        all.put(PendingRecord.class, Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), recordTypes(), instants(), bytes(), hashes())
                .as(PendingRecord::new));
        all.put(RecordDraft.class, Combinators.combine(recordTypes(), bytes()).as(RecordDraft::new));
        all.put(Points.class, points());
        all.put(Category.class, vocabulary().map(Category::new));
        all.put(SourceSystem.class, vocabulary().map(SourceSystem::new));
        all.put(CadrePost.class, vocabulary().map(CadrePost::new));
        all.put(Dimension.class, Arbitraries.of(Dimension.class));
        all.put(EntryRef.class, entryRefs());
        all.put(Evidence.class, evidence());
        all.put(ArchiveEntry.class, entries());
        all.put(ArchiveRecord.class, Combinators.combine(entryRefs(), entries(), instants(), entryRefs().optional(),
                text(1, 50).optional(), entryRefs().optional()).as(ArchiveRecord::new));
        all.put(Revocation.class, Combinators.combine(entryRefs(), entryRefs(), text(1, 50), personIds(), instants()).as(Revocation::new));
        all.put(DimensionTotals.class, Arbitraries.maps(Arbitraries.of(Dimension.class), points()).ofMaxSize(5)
                .map(m -> new DimensionTotals(m.isEmpty() ? Map.of() : new EnumMap<>(m))));
        all.put(College.class, Combinators.combine(code().map(CollegeId::new), text(1, 20), text(1, 30).optional()).as(College::new));
        all.put(Major.class, Combinators.combine(code().map(MajorId::new), code().map(CollegeId::new), text(1, 20)).as(Major::new));
        all.put(Term.class, Combinators.combine(termIds(), dates(), dates()).as(Term::new));
        all.put(AdminClass.class, Combinators.combine(code().map(ClassId::new), text(1, 20), code().map(CollegeId::new),
                code().map(MajorId::new), Arbitraries.integers().between(1990, 2100).map(Cohort::new)).as(AdminClass::new));
        all.put(Role.class, Arbitraries.of(Role.class));
        all.put(Person.class, Combinators.combine(personIds(), text(1, 10), Arbitraries.of(Role.class).set().ofMinSize(1)
                        .map(s -> (Set<Role>) EnumSet.copyOf(s)), number().map(StaffNo::new).optional(), code().map(CollegeId::new).optional())
                .as(Person::new));
        all.put(Enrolment.class, Combinators.combine(personIds(), studentNos(), text(1, 10), code().map(ClassId::new), dates()).as(Enrolment::new));
        all.put(StudentStatus.class, Arbitraries.of(StudentStatus.class));
        all.put(StatusChange.class, statusChanges());
        all.put(Placement.class, placements());
        all.put(Student.class, Combinators.combine(personIds(), studentNos(), text(1, 10), placements().list().ofMinSize(1).ofMaxSize(3),
                statusChanges().list().ofMinSize(1).ofMaxSize(3)).as(Student::new));
        all.put(Cadre.class, Combinators.combine(code().map(ClassId::new), vocabulary().map(CadrePost::new), studentNos(), dates()).as(Cadre::new));
        all.put(SpaceId.class, spaceIds());
        all.put(ContentId.class, Combinators.combine(spaceIds(), Arbitraries.longs().between(1, Long.MAX_VALUE)).as(ContentId::new));
        all.put(Audience.class, Arbitraries.of(Audience.class));
        all.put(Visibility.class, visibilities());
        all.put(Viewer.class, personIds().optional().map(Viewer::new));
        all.put(Violation.class, Combinators.combine(text(0, 20), text(1, 20), text(0, 30), text(0, 30)).as(Violation::new));
        all.put(edu.yiban.core.i18n.Bilingual.class, Combinators.combine(text(1, 30), text(1, 30)).as(edu.yiban.core.i18n.Bilingual::new));
        all.putAll(edu.yiban.core.space.SpaceArbitraries.all());
        return all;
    }

    public static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u4e00', '\u9fa5')
                .withChars(" \"\\\n\t'“”：，0123456789")
                .ofMinLength(min).ofMaxLength(max)
                .filter(s -> min == 0 || !s.isBlank());
    }

    public static Arbitrary<String> number() {
        return Arbitraries.strings().withChars(ALNUM).ofMinLength(4).ofMaxLength(20);
    }

    public static Arbitrary<String> code() {
        return Combinators.combine(Arbitraries.strings().withChars(ALNUM).ofLength(1),
                Arbitraries.strings().withChars(ALNUM + "._-").ofMaxLength(31)).as(String::concat);
    }

    public static Arbitrary<String> vocabulary() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789-").ofMaxLength(31)).as(String::concat);
    }

    public static Arbitrary<StudentNo> studentNos() {
        return number().map(StudentNo::new);
    }

    public static Arbitrary<PersonId> personIds() {
        return code().map(PersonId::new);
    }

    public static Arbitrary<AcademicYear> academicYears() {
        return Arbitraries.integers().between(Cohort.MIN_YEAR, Cohort.MAX_YEAR).map(AcademicYear::new);
    }

    public static Arbitrary<TermId> termIds() {
        return Combinators.combine(academicYears(), Arbitraries.integers().between(1, TermId.MAX_NUMBER)).as(TermId::new);
    }

    public static Arbitrary<StreamId> streamIds() {
        Arbitrary<String> kind = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789-").ofMaxLength(10)).as(String::concat);
        return Combinators.combine(kind, code().optional()).as((k, key) -> new StreamId(key.map(x -> k + ":" + x).orElse(k)));
    }

    public static Arbitrary<ChainHash> hashes() {
        return Arbitraries.bytes().array(byte[].class).ofSize(ChainHash.LENGTH).map(ChainHash::of);
    }

    public static Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    }

    public static Arbitrary<String> recordTypes() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789.-").ofMaxLength(20)).as(String::concat);
    }

    public static Arbitrary<Instant> instants() {
        return Combinators.combine(Arbitraries.longs().between(946684800L, 4102444800L), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    public static Arbitrary<Points> points() {
        return Arbitraries.longs().between(-Points.MAX_HUNDREDTHS, Points.MAX_HUNDREDTHS).map(Points::ofHundredths);
    }

    public static Arbitrary<EntryRef> entryRefs() {
        return Combinators.combine(studentNos(), Arbitraries.longs().between(1, 999_999_999_999L)).as(EntryRef::new);
    }

    public static Arbitrary<Evidence> evidence() {
        return Combinators.combine(text(1, 40), Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).optional())
                .as(Evidence::new);
    }

    public static Arbitrary<Visibility> visibilities() {
        return Arbitraries.of(Audience.class).set().map(s -> {
            EnumSet<Audience> all = EnumSet.of(Audience.STUDENT);
            all.addAll(s);
            return new Visibility(all);
        });
    }

    public static Arbitrary<ArchiveEntry> entries() {
        Arbitrary<ArchiveEntry.Builder> head = Combinators.combine(dates(), termIds(), vocabulary().map(Category::new),
                Arbitraries.of(Dimension.class).optional(), points().optional(), text(1, 40))
                .as((date, term, category, dimension, points, title) -> ArchiveEntry.builder().date(date).term(term)
                        .category(category).dimension(dimension.orElse(null)).points(points.orElse(null)).title(title));
        Arbitrary<Map<String, String>> attributes = Arbitraries.maps(
                vocabulary(), text(0, 20)).ofMaxSize(4);
        return Combinators.combine(head, attributes, vocabulary().map(SourceSystem::new), personIds(), evidence().optional(), visibilities())
                .as((b, attrs, source, by, evidence, visibility) -> {
                    attrs.forEach(b::attribute);
                    return b.source(source).recordedBy(by).evidence(evidence.orElse(null)).visibility(visibility).build();
                });
    }

    public static Arbitrary<StatusChange> statusChanges() {
        return Combinators.combine(Arbitraries.of(StudentStatus.class), dates(), text(0, 20)).as(StatusChange::new);
    }

    public static Arbitrary<Placement> placements() {
        return Combinators.combine(code().map(ClassId::new), dates()).as(Placement::new);
    }

    public static Arbitrary<SpaceId> spaceIds() {
        Arbitrary<String> kind = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789-").ofMaxLength(15)).as(String::concat);
        return Combinators.combine(kind, code()).as(SpaceId::new);
    }

    private static Arbitrary<ChainBreak> chainBreaks() {
        return Combinators.combine(streamIds(), Arbitraries.longs().between(1, 1_000_000), Arbitraries.of(ChainBreak.Problem.class),
                Arbitraries.longs().between(0, 1_000_000)).as(ChainBreak::new);
    }

    private static Arbitrary<StreamVerification> streamVerifications() {
        return Combinators.combine(streamIds(), Arbitraries.longs().between(0, 1_000_000), chainBreaks().optional())
                .as(StreamVerification::new);
    }

    private static Arbitrary<StoredRecord> storedRecords() {
        return Combinators.combine(streamIds(), Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.longs().between(1, Long.MAX_VALUE),
                recordTypes(), instants(), bytes(), hashes()).as(StoredRecord::new);
    }

    /** Used by {@link #all()} users that need a list of arbitraries. */
    public static List<Arbitrary<?>> list() {
        return List.copyOf(all().values());
    }

    static Optional<Arbitrary<?>> of(Class<?> type) {
        return Optional.ofNullable(all().get(type));
    }
}
