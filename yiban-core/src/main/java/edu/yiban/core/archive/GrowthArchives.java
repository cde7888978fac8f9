package edu.yiban.core.archive;

import edu.yiban.core.id.StudentNo;
import java.util.List;
import java.util.Map;

/**
 * Every student's growth archive, and the compact projection that evaluation reads.
 *
 * <pre>{@code
 * core.archives().of(StudentNo.of("2022030117")).record(entry);
 * TermColumns term = core.archives().columns().term(TermId.parse("2022-2023-1"));
 * }</pre>
 */
public interface GrowthArchives {

    /**
     * The archive of {@code student}.
     *
     * @throws edu.yiban.core.NotFoundException if the directory has no such student
     */
    GrowthArchive of(StudentNo student);

    /**
     * Records entries for many students (an import). Every entry is checked first; if any is refused,
     * nothing is written and the error names the student and row. Each student's entries are then
     * appended atomically to their archive.
     */
    Map<StudentNo, List<EntryRef>> recordAll(Map<StudentNo, List<ArchiveEntry>> entries);

    /** The compact, term-by-term projection of every archive that evaluation reads. */
    ArchiveColumns columns();

    /** Tells {@code listener} of every record written from now on, after it is written. */
    void addListener(ArchiveListener listener);

    /** Stops telling {@code listener}. */
    void removeListener(ArchiveListener listener);
}
