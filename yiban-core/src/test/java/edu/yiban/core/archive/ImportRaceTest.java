package edu.yiban.core.archive;

import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_2;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.entry;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A student's status changed while an import for many students is written: the import was checked whole,
 * then 王芳 withdrew (dated before the spring term of her entry) right after 李明's entries were appended,
 * the moment a listener is told of them. The import, checked whole, is written whole: it is not refused
 * half-way with 李明's entries already kept.
 */
class ImportRaceTest {
    private final YibanCore core = Campus.open();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void anImportCheckedWholeIsWrittenWhole() {
        ArchiveEntry spring = entry(T2022_2, LocalDate.of(2023, 3, 1), "1", Visibility.CAMPUS);
        Map<StudentNo, List<ArchiveEntry>> entries = new LinkedHashMap<>();
        entries.put(LI_MING, List.of(spring));
        entries.put(WANG_FANG, List.of(spring, spring));
        OneWrite write = new OneWrite(() -> core.directory().changeStatus(WANG_FANG,
                new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2022, 12, 31), "退学")));
        core.archives().addListener(new ArchiveListener() {
            @Override
            public void recorded(ArchiveRecord record) {
                write.after(record);
            }

            @Override
            public void revoked(Revocation revocation) {
            }
        });

        Map<StudentNo, List<EntryRef>> written = core.archives().recordAll(entries);

        assertThat(write.done()).as("王芳 withdrew during the import").isTrue();
        assertThat(written.get(LI_MING)).hasSize(1);
        assertThat(written.get(WANG_FANG)).hasSize(2);
        assertThat(core.archives().columns().rows()).isEqualTo(3);
    }
}
