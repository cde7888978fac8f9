package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Student;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.plugin.Exporter;
import edu.yiban.sdk.plugin.Importer;
import edu.yiban.sdk.plugin.RuntimeView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The importer and exporter contracts pass a sound importer (volunteer hours from a CSV) and a sound exporter (the
 * roster as CSV), and fail ones broken on purpose, each with a message naming the contract it broke. The library
 * ships no importer or exporter of its own: these two are the examples of docs/importers-exporters.md.
 */
class ImportExportKitTest {

    /** 学号,小时 rows: one volunteer entry each, all checked before any is written, written in one recordAll. */
    static class VolunteerCsv implements Importer {
        @Override
        public String id() {
            return "volunteer-csv";
        }

        @Override
        public Bilingual name() {
            return new Bilingual("志愿时长导入", "volunteer hours import");
        }

        @Override
        public int importFrom(InputStream in, RuntimeView yiban) throws IOException {
            Map<StudentNo, List<ArchiveEntry>> entries = new LinkedHashMap<>();
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (int row = 0; row < rows.size(); row++) {
                String[] cells = rows.get(row).split(",");
                try {
                    StudentNo student = StudentNo.of(cells[0].trim());
                    entries.computeIfAbsent(student, s -> new ArrayList<>()).add(ArchiveEntry.builder()
                            .date(LocalDate.of(2022, 11, 1)).term(ImporterContract.TERM).category(Category.VOLUNTEER)
                            .title("志愿服务 " + cells[1].trim() + " 小时").attribute("hours", cells[1].trim())
                            .source(SourceSystem.YOUTH_LEAGUE).recordedBy(ImporterContract.COUNSELLOR).visibility(Visibility.CAMPUS)
                            .build());
                } catch (InvalidInputException e) {
                    throw e.under("row " + (row + 2));   // the header is row 1
                }
            }
            return yiban.archives().recordAll(entries).values().stream().mapToInt(List::size).sum();
        }
    }

    /** The directory's students as 学号,姓名 rows, by 学号. */
    static class RosterCsv implements Exporter {
        @Override
        public String id() {
            return "roster-csv";
        }

        @Override
        public Bilingual name() {
            return new Bilingual("学生名单导出", "roster export");
        }

        @Override
        public String mediaType() {
            return "text/csv";
        }

        @Override
        public void exportTo(RuntimeView yiban, OutputStream out) throws IOException {
            StringBuilder csv = new StringBuilder("学号,姓名\n");
            yiban.campus().students().stream().sorted(Comparator.comparing(Student::studentNo))
                    .forEach(s -> csv.append(s.studentNo().value()).append(',').append(s.name()).append('\n'));
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final byte[] SAMPLE = "学号,小时\n2022990001,12\n2022990002,8\n2022990001,3\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MALFORMED = "学号,小时\n2022990001,12\n20229900X2,8\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSoundImporterPassesEveryContract() {
        assertThat(KitRuns.failures(VolunteerCsvKit.class)).isEmpty();
    }

    @Test
    void anImporterWritingRowByRowBreaksAllOrNothing() {
        Map<String, String> failures = KitRuns.failures(RowByRowKit.class);

        assertThat(failures).containsOnlyKeys("all or nothing: a malformed input is refused with the library's exception and writes nothing");
        assertThat(failures.values().iterator().next())
                .startsWith("the all or nothing contract is broken: the malformed input was refused, but the ledger gained 1 record(s)")
                .contains("“全有或全无”契约被破坏");
    }

    @Test
    void anImporterMiscountingBreaksImports() {
        Map<String, String> failures = KitRuns.failures(MiscountingKit.class);

        assertThat(failures).containsOnlyKeys("imports: the sample writes records, as many as the importer says, and every chain verifies");
        assertThat(failures.values().iterator().next())
                .startsWith("the imports counted contract is broken: the importer said it wrote 2 record(s), but the ledger gained 3");
    }

    @Test
    void aSoundExporterPassesEveryContract() {
        assertThat(KitRuns.failures(RosterCsvKit.class)).isEmpty();
    }

    @Test
    void anExporterStampingTheTimeBreaksDeterminism() {
        Map<String, String> failures = KitRuns.failures(StampedKit.class);

        assertThat(failures).containsOnlyKeys("deterministic: two exports of the same campus are the same bytes");
        assertThat(failures.values().iterator().next()).startsWith("the deterministic export contract is broken: two exports of the same campus differ");
    }

    @Test
    void anExporterThatWritesBreaksReadsOnly() {
        Map<String, String> failures = KitRuns.failures(WritingExporterKit.class);

        assertThat(failures).containsKey("reads only: exporting writes nothing and every chain still verifies");
        assertThat(failures.get("reads only: exporting writes nothing and every chain still verifies"))
                .startsWith("the reads only contract is broken: exporting wrote 1 record(s) to the ledger; an exporter only reads");
    }

    // ---------------------------------------------------------------- the kits

    static class VolunteerCsvKit extends ImporterContract {
        @Override
        protected Importer newImporter() {
            KitRuns.assumeProving("runs only inside ImportExportKitTest");
            return new VolunteerCsv();
        }

        @Override
        protected byte[] sample() {
            return SAMPLE;
        }

        @Override
        protected byte[] malformed() {
            return MALFORMED;
        }
    }

    /** Writes each row as it reads it, so the good row before the bad one stays. */
    static class RowByRowKit extends VolunteerCsvKit {
        @Override
        protected Importer newImporter() {
            KitRuns.assumeProving("runs only inside ImportExportKitTest");
            return new VolunteerCsv() {
                @Override
                public int importFrom(InputStream in, RuntimeView yiban) throws IOException {
                    int written = 0;
                    for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                        String line = "学号,小时\n" + row + "\n";
                        written += super.importFrom(new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), yiban);
                    }
                    return written;
                }
            };
        }
    }

    /** Counts students, not records. */
    static class MiscountingKit extends VolunteerCsvKit {
        @Override
        protected Importer newImporter() {
            KitRuns.assumeProving("runs only inside ImportExportKitTest");
            return new VolunteerCsv() {
                @Override
                public int importFrom(InputStream in, RuntimeView yiban) throws IOException {
                    super.importFrom(in, yiban);
                    return 2;
                }
            };
        }
    }

    static class RosterCsvKit extends ExporterContract {
        @Override
        protected Exporter newExporter() {
            KitRuns.assumeProving("runs only inside ImportExportKitTest");
            return new RosterCsv();
        }
    }

    /** Puts the time it ran at the top. */
    static class StampedKit extends ExporterContract {
        @Override
        protected Exporter newExporter() {
            KitRuns.assumeProving("runs only inside ImportExportKitTest");
            return new RosterCsv() {
                @Override
                public void exportTo(RuntimeView yiban, OutputStream out) throws IOException {
                    out.write(("# " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8));
                    super.exportTo(yiban, out);
                }
            };
        }
    }

    /** Records that it exported in the first student's archive. */
    static class WritingExporterKit extends ExporterContract {
        @Override
        protected Exporter newExporter() {
            KitRuns.assumeProving("runs only inside ImportExportKitTest");
            return new RosterCsv() {
                @Override
                public void exportTo(RuntimeView yiban, OutputStream out) throws IOException {
                    yiban.archive(students().get(0)).record(ArchiveEntry.builder().date(LocalDate.of(2023, 1, 16)).term(TERM)
                            .category(Category.ACTIVITY).title("名单已导出").source(SourceSystem.YIBAN).recordedBy(COUNSELLOR)
                            .visibility(Visibility.CAMPUS).build());
                    super.exportTo(yiban, out);
                }
            };
        }
    }
}
