package edu.yiban.examples.sanctions;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.Revocation;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.visibility.Viewer;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the counsellor of the student's class, as of the entry's date, of every sanction (违纪处分) recorded,
 * corrected or revoked. Other entries pass by. A class without a counsellor is logged, not an error.
 */
final class SanctionListener implements ArchiveListener {
    private static final Logger LOG = LoggerFactory.getLogger(SanctionListener.class);

    private final Supplier<CampusDirectory> directory;
    private final Supplier<GrowthArchives> archives;
    private final Outbox outbox;

    SanctionListener(Supplier<CampusDirectory> directory, Supplier<GrowthArchives> archives, Outbox outbox) {
        this.directory = directory;
        this.archives = archives;
        this.outbox = outbox;
    }

    @Override
    public void recorded(ArchiveRecord record) {
        if (record.entry().category().equals(Category.DISCIPLINE)) {
            studentOf(record.ref()).ifPresent(student ->
                    tell(record.corrects().isPresent() ? "corrected" : "recorded", student, record.ref(), record.entry()));
        }
    }

    @Override
    public void revoked(Revocation revocation) {
        EntryRef revoked = revocation.revokes();
        studentOf(revoked).ifPresent(student -> archives.get().of(revoked.student())
                .history(Viewer.of(student.person())).stream()
                .filter(r -> r.ref().equals(revoked) && r.entry().category().equals(Category.DISCIPLINE))
                .findFirst()
                .ifPresent(r -> tell("revoked", student, revocation.ref(), r.entry())));
    }

    private void tell(String kind, Student student, EntryRef ref, ArchiveEntry entry) {
        ClassId classId = student.classOn(entry.date());
        Optional<PersonId> counsellor = directory.get().counsellorOf(classId);
        if (counsellor.isEmpty()) {
            LOG.warn("{}", Messages.text("no-counsellor", ref, classId.value()).en());
            return;
        }
        String level = entry.attribute("level").orElse("—");
        outbox.send(new Notification(kind, counsellor.get(), ref.student(), student.name(), classId, ref, entry.title(), level,
                Messages.text("notice." + kind, counsellor.get().value(), ref.student().value(), student.name(), classId.value(),
                        entry.title(), level, ref.toString())));
    }

    private Optional<Student> studentOf(EntryRef ref) {
        return directory.get().student(ref.student());
    }
}
