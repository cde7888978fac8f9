package edu.yiban.core.archive;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.entry;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveListenerTest {
    private final YibanCore core = Campus.open();

    @Test
    void listenersHearEveryRecordAfterItIsWritten() {
        List<String> heard = new ArrayList<>();
        core.archives().addListener(new ArchiveListener() {
            @Override
            public void recorded(ArchiveRecord record) {
                heard.add("recorded " + record.ref() + record.corrects().map(c -> " correcting " + c).orElse(""));
            }

            @Override
            public void revoked(Revocation revocation) {
                heard.add("revoked " + revocation.revokes());
            }
        });
        GrowthArchive archive = core.archives().of(LI_MING);

        EntryRef first = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS));
        EntryRef second = archive.correct(first, entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS), "更正");
        archive.revoke(second, "撤销", COUNSELLOR);

        assertThat(heard).containsExactly("recorded 2022010101#1", "recorded 2022010101#2 correcting 2022010101#1", "revoked 2022010101#2");
    }

    @Test
    void aListenerThatThrowsLosesNoWriteAndOthersStillHear() {
        List<EntryRef> heard = new ArrayList<>();
        core.archives().addListener(record -> {
            throw new IllegalStateException("listener broken on purpose");
        });
        core.archives().addListener(record -> heard.add(record.ref()));

        EntryRef ref = core.archives().of(LI_MING).record(entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS));

        assertThat(heard).containsExactly(ref);
        assertThat(core.archives().of(LI_MING).timeline(Viewer.of(PersonId.of(LI_MING.value())))).hasSize(1);
        assertThat(core.verify().ok()).isTrue();
    }
}
