package edu.yiban.core.archive;

import edu.yiban.core.id.StudentNo;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Every student's growth archive, and the compact projection that evaluation reads.
 *
 * <pre>{@code
 * core.archives().of(StudentNo.of("2022030117")).record(entry);
 * TermColumns term = core.archives().columns().term(TermId.parse("2022-2023-1"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface GrowthArchives {

    /**
     * The archive of {@code student}.
     *
     * @throws edu.yiban.core.error.NotFoundException if the directory has no such student
     */
    GrowthArchive of(StudentNo student);

    /**
     * Records entries for many students (an import, 批量导入). Every entry is checked first; if any is refused,
     * nothing is written and the error names the student and row. Then all the students' entries are
     * appended in one append to all their archives' streams: all or none on the library's stores (one
     * transaction on a JDBC store), each archive's chain continuing from its head. When another writer
     * moved one of the archives on meanwhile, the append runs again after it, up to five times, then the
     * {@link edu.yiban.core.ledger.spi.ConcurrencyException} passes with nothing written. An importer's
     * calls of a few hundred students each keep transactions short.
     *
     * @return each student's references to the entries written, in the order given, for every student given
     */
    Map<StudentNo, List<EntryRef>> recordAll(Map<StudentNo, List<ArchiveEntry>> entries);

    /** The compact, term-by-term projection of every archive that evaluation reads. */
    ArchiveColumns columns();

    /** Tells {@code listener} of every record written from now on, after it is written. */
    void addListener(ArchiveListener listener);

    /** Stops telling {@code listener}. */
    void removeListener(ArchiveListener listener);
}
