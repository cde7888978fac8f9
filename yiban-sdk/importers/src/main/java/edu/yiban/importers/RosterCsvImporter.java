package edu.yiban.importers;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Student;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.importers.internal.Csv;
import edu.yiban.importers.internal.Encodings;
import edu.yiban.importers.internal.ImporterMessages;
import edu.yiban.sdk.plugin.Importer;
import edu.yiban.sdk.plugin.RuntimeView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Imports a roster (花名册导入) as CSV: one student a row under the headers of a {@link ColumnMapping} (by default
 * 学号, 姓名, 学院, 专业, 年级, 班级 and 辅导员工号), enrolled in classes that already exist in the directory.
 *
 * <p>The file is read whole and every row checked before anything is written; the students are then enrolled in one
 * {@link CampusDirectory#enrolAll} call, on 1 September of their class's entry year. Rows whose 学号 is already
 * enrolled in the same class are skipped, so importing the same file twice changes nothing. Title rows above the
 * header are passed over (the header is the first of the first {@value #HEADER_SEARCH} lines that names a 学号 column).
 *
 * <pre>{@code
 * RosterCsvImporter roster = new RosterCsvImporter();
 * try (InputStream in = Files.newInputStream(Path.of("2022级花名册.csv"))) {
 *     ImportReport report = roster.importRoster(in, yiban, ImportOptions.of("2022级花名册.csv"));
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RosterCsvImporter implements Importer {
    /** How many lines from the top may hold titles before the header. */
    public static final int HEADER_SEARCH = 10;
    private static final String FILE = "roster.csv";

    private final ColumnMapping mapping;

    /** With the bundled mapping. */
    public RosterCsvImporter() {
        this(ColumnMapping.defaults());
    }

    /** With a campus's own mapping. */
    public RosterCsvImporter(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping is null");
    }

    @Override
    public String id() {
        return "roster-csv";
    }

    @Override
    public Bilingual name() {
        return new Bilingual("花名册导入（CSV）", "roster import (CSV)");
    }

    /** Strictly, the encoding detected; returns how many students it enrolled; a bad row is an {@link ImportException}. */
    @Override
    public int importFrom(InputStream in, RuntimeView yiban) throws IOException {
        return importRoster(in, yiban, ImportOptions.of(FILE)).written();
    }

    /**
     * Reads the roster in {@code in} (not closed) into {@code yiban}'s directory as {@code options} say.
     *
     * @throws ImportException when the file cannot be read as a roster (encoding, an unclosed quote, no header), or
     *                         when a row is refused and the import is neither lenient nor a dry run; nothing is written
     */
    public ImportReport importRoster(InputStream in, RuntimeView yiban, ImportOptions options) throws IOException {
        Objects.requireNonNull(yiban, "yiban is null");
        Objects.requireNonNull(options, "options is null");
        byte[] bytes = in.readAllBytes();
        String file = options.file();
        Charset charset = options.charset().orElseGet(() -> Encodings.detect(bytes));
        String text = Encodings.decode(bytes, charset).orElseThrow(() ->
                refused(file, 0, "", "", "ENCODING", ImporterMessages.BUNDLE.text("file.encoding", charset.name())));
        List<Csv.Line> lines;
        try {
            lines = Csv.parse(text);
        } catch (Csv.UnclosedQuote e) {
            throw refused(file, e.line(), "", "", "QUOTE_UNCLOSED", ImporterMessages.BUNDLE.text("file.quote"));
        }
        Plan plan = plan(file, lines, yiban.campus());
        if (!plan.errors.isEmpty() && !options.lenient() && !options.dryRun()) {
            throw new ImportException(plan.errors);
        }
        if (options.dryRun() || plan.enrolments.isEmpty()) {
            return new ImportReport(plan.enrolments.size(), plan.skipped, plan.errors, options.dryRun());
        }
        try {
            yiban.campus().enrolAll(plan.enrolments);
        } catch (YibanException e) {
            // the rows were checked against the directory just read: only a change made meanwhile lands here
            throw refused(file, 0, "", "", "DIRECTORY_REFUSED", e.text());
        }
        return new ImportReport(plan.enrolments.size(), plan.skipped, plan.errors, false);
    }

    private static ImportException refused(String file, int row, String column, String value, String code, Text rule) {
        return new ImportException(List.of(new ImportError(file, row, column, value, code, rule)));
    }

    /** What the file would write, what it skips and what it refuses. */
    private static final class Plan {
        final List<Enrolment> enrolments = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        int skipped;
    }

    private Plan plan(String file, List<Csv.Line> lines, CampusDirectory campus) {
        Plan plan = new Plan();
        int headerAt = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH, lines.size()) && headerAt < 0; i++) {
            if (lines.get(i).cells().stream().anyMatch(h -> mapping.fieldOf(h).filter(RosterField.STUDENT_NO::equals).isPresent())) {
                headerAt = i;
            }
        }
        if (headerAt < 0) {
            throw refused(file, 0, "", "", "HEADER_MISSING", ImporterMessages.BUNDLE.text("file.header", HEADER_SEARCH));
        }
        Csv.Line header = lines.get(headerAt);
        Map<RosterField, Integer> at = new EnumMap<>(RosterField.class);
        for (int c = 0; c < header.cells().size(); c++) {
            Optional<RosterField> field = mapping.fieldOf(header.cells().get(c));
            if (field.isPresent() && at.putIfAbsent(field.get(), c) != null) {
                plan.errors.add(new ImportError(file, header.number(), header.cells().get(c), "", "HEADER_TWICE",
                        ImporterMessages.BUNDLE.text("file.header.twice", field.get().key())));
            }
        }
        for (RosterField field : RosterField.values()) {
            if (field.required() && !at.containsKey(field)) {
                plan.errors.add(new ImportError(file, header.number(), "", "", "COLUMN_MISSING",
                        ImporterMessages.BUNDLE.text("file.column", field.key())));
            }
        }
        if (!plan.errors.isEmpty()) {
            throw new ImportException(plan.errors);
        }
        Map<StudentNo, Integer> seen = new HashMap<>();
        for (Csv.Line line : lines.subList(headerAt + 1, lines.size())) {
            if (!line.blank()) {
                row(file, header, at, line, campus, seen, plan);
            }
        }
        return plan;
    }

    private static void row(String file, Csv.Line header, Map<RosterField, Integer> at, Csv.Line line, CampusDirectory campus,
                            Map<StudentNo, Integer> seen, Plan plan) {
        List<ImportError> errors = new ArrayList<>();
        int row = line.number();
        if (line.cells().size() < header.cells().size()) {
            String column = header.cells().get(line.cells().size());
            plan.errors.add(new ImportError(file, row, column, "", "ROW_TRUNCATED",
                    ImporterMessages.BUNDLE.text("row.truncated", line.cells().size(), header.cells().size())));
            return;
        }
        for (int c = header.cells().size(); c < line.cells().size(); c++) {
            if (!line.cells().get(c).isBlank()) {
                plan.errors.add(new ImportError(file, row, "", line.cells().get(c), "ROW_EXTRA",
                        ImporterMessages.BUNDLE.text("row.extra", header.cells().size())));
                return;
            }
        }
        Cell no = cell(header, at, line, RosterField.STUDENT_NO);
        Cell name = cell(header, at, line, RosterField.NAME);
        Cell klass = cell(header, at, line, RosterField.CLASS);
        StudentNo studentNo = null;
        if (no.value.isEmpty()) {
            errors.add(no.error(file, row, "STUDENT_NO_EMPTY", ImporterMessages.BUNDLE.text("row.empty")));
        } else {
            try {
                studentNo = StudentNo.of(no.value);
            } catch (InvalidInputException e) {
                errors.add(no.error(file, row, "STUDENT_NO_INVALID", ImporterMessages.BUNDLE.text("row.studentNo")));
            }
        }
        if (studentNo != null) {
            Integer first = seen.putIfAbsent(studentNo, row);
            if (first != null) {
                errors.add(no.error(file, row, "STUDENT_NO_TWICE", ImporterMessages.BUNDLE.text("row.studentNo.twice", first)));
            }
        }
        if (name.value.isEmpty()) {
            errors.add(name.error(file, row, "NAME_EMPTY", ImporterMessages.BUNDLE.text("row.empty")));
        } else if (name.value.length() > 64) {
            errors.add(name.error(file, row, "NAME_LONG", ImporterMessages.BUNDLE.text("row.name.long", 64)));
        }
        AdminClass adminClass = klass.value.isEmpty() ? null : classNamed(campus, klass.value);
        if (klass.value.isEmpty()) {
            errors.add(klass.error(file, row, "CLASS_EMPTY", ImporterMessages.BUNDLE.text("row.empty")));
        } else if (adminClass == null) {
            errors.add(klass.error(file, row, "CLASS_UNKNOWN", ImporterMessages.BUNDLE.text("row.class.unknown", klass.value)));
        } else {
            agree(file, row, header, at, line, campus, adminClass, errors);
        }
        Cell counsellor = cell(header, at, line, RosterField.COUNSELLOR);
        if (!counsellor.value.isEmpty()) {
            Optional<Person> person = Optional.empty();
            try {
                person = campus.person(PersonId.of(counsellor.value));
            } catch (InvalidInputException e) {
                // not an identity at all: reported below as unknown
            }
            if (person.filter(p -> p.has(Role.COUNSELLOR)).isEmpty()) {
                errors.add(counsellor.error(file, row, "COUNSELLOR_UNKNOWN",
                        ImporterMessages.BUNDLE.text("row.counsellor", counsellor.value)));
            }
        }
        if (!errors.isEmpty() || studentNo == null || adminClass == null) {
            plan.errors.addAll(errors);
            return;
        }
        Optional<Student> existing = campus.student(studentNo);
        if (existing.isPresent()) {
            if (existing.get().classId().equals(adminClass.id())) {
                plan.skipped++;
            } else {
                plan.errors.add(no.error(file, row, "STUDENT_ELSEWHERE",
                        ImporterMessages.BUNDLE.text("row.studentNo.elsewhere", existing.get().classId().value())));
            }
            return;
        }
        plan.enrolments.add(Enrolment.of(studentNo, name.value, adminClass.id(),
                LocalDate.of(adminClass.cohort().entryYear(), Month.SEPTEMBER, 1)));
    }

    /** 学院, 专业 and 年级, when the file has them, are those of the row's class. */
    private static void agree(String file, int row, Csv.Line header, Map<RosterField, Integer> at, Csv.Line line,
                              CampusDirectory campus, AdminClass adminClass, List<ImportError> errors) {
        Cell college = cell(header, at, line, RosterField.COLLEGE);
        String collegeName = campus.college(adminClass.college()).map(c -> c.name()).orElse("");
        if (!college.value.isEmpty() && !college.value.equals(collegeName) && !college.value.equals(adminClass.college().value())) {
            errors.add(college.error(file, row, "COLLEGE_MISMATCH",
                    ImporterMessages.BUNDLE.text("row.college", adminClass.id().value(), collegeName)));
        }
        Cell major = cell(header, at, line, RosterField.MAJOR);
        String majorName = campus.major(adminClass.major()).map(m -> m.name()).orElse("");
        if (!major.value.isEmpty() && !major.value.equals(majorName) && !major.value.equals(adminClass.major().value())) {
            errors.add(major.error(file, row, "MAJOR_MISMATCH",
                    ImporterMessages.BUNDLE.text("row.major", adminClass.id().value(), majorName)));
        }
        Cell cohort = cell(header, at, line, RosterField.COHORT);
        String year = Integer.toString(adminClass.cohort().entryYear());
        if (!cohort.value.isEmpty() && !cohort.value.equals(year) && !cohort.value.equals(year + "级")) {
            errors.add(cohort.error(file, row, "COHORT_MISMATCH",
                    ImporterMessages.BUNDLE.text("row.cohort", adminClass.id().value(), year)));
        }
    }

    private static @Nullable AdminClass classNamed(CampusDirectory campus, String value) {
        for (AdminClass c : campus.classes()) {
            if (c.id().value().equals(value) || c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }

    /** A cell of a field: its header and trimmed value, empty when the file has no such column. */
    private record Cell(String header, String value) {
        ImportError error(String file, int row, String code, Text rule) {
            return new ImportError(file, row, header, value, code, rule);
        }
    }

    private static Cell cell(Csv.Line header, Map<RosterField, Integer> at, Csv.Line line, RosterField field) {
        Integer c = at.get(field);
        return c == null ? new Cell("", "") : new Cell(header.cells().get(c), line.cells().get(c).strip());
    }
}
