package edu.yiban.core.privacy;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.EDU2201;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.PARENT;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.fixtures.SettableClock;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Reply;
import edu.yiban.core.space.Space;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subject's copy (个人信息查阅复制) on a small campus built here: two students of one class, a counsellor, a parent. */
class SubjectExportTest {
    private static final PersonId LI = PersonId.of(LI_MING.value());
    private static final PersonId WANG = PersonId.of(WANG_FANG.value());

    private final SettableClock clock = new SettableClock(LocalDate.of(2022, 10, 1));
    private YibanCore core;

    @BeforeEach
    void campus() {
        core = YibanCore.builder().clock(clock).build();
        Campus.fill(core.directory());
        core.directory().appointCadre(EDU2201, CadrePost.MONITOR, LI_MING, LocalDate.of(2022, 9, 10));
        core.archives().of(LI_MING).record(Campus.entry(T2022_1, LocalDate.of(2022, 9, 20), "2", Visibility.of(edu.yiban.core.visibility.Audience.STUDENT)));
        core.archives().of(LI_MING).record(ArchiveEntry.builder().date(LocalDate.of(2022, 9, 25)).term(T2022_1).category(Category.DISCIPLINE)
                .title("旷课警告").source(SourceSystem.STUDENT_AFFAIRS).recordedBy(COUNSELLOR).visibility(Visibility.of(edu.yiban.core.visibility.Audience.STUDENT)).build());
        core.archives().of(WANG_FANG).record(Campus.entry(T2022_1, LocalDate.of(2022, 9, 21), "3", Visibility.CAMPUS));
        Space space = core.spaces().openForClass(EDU2201);
        space.join(LI);
        space.join(WANG);
        var post = space.post(LI, Post.of("高数错题整理好了"));
        space.post(WANG, Post.of("王芳的帖子"));
        space.reply(WANG, new Reply(post, "谢谢！"));
        space.reply(LI, new Reply(post, "不客气"));
        core.personalData().record(LI, PersonalDetails.builder().mobile("13812345678").residentId("11010519491231002X").build());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theExportHoldsTheStudentsRecordsDetailsArchiveAndContributionsInAFixedOrder() {
        SubjectExport export = core.personalData().exportFor(LI_MING);
        JsonNode doc = export.document();

        assertThat(fieldNames(doc)).containsExactly("format", "subject", "madeAt", "person", "student", "parents", "cadrePosts",
                "personalDetails", "archive", "spaces");
        assertThat(doc.get("format").asText()).isEqualTo("yiban-subject-export-v1");
        assertThat(doc.at("/person/name").asText()).isEqualTo("李明");
        assertThat(doc.at("/student/placements/0/classId").asText()).isEqualTo("EDU2201");
        assertThat(doc.at("/student/statuses/0/status").asText()).isEqualTo("STUDYING");
        assertThat(doc.at("/parents/0").asText()).isEqualTo(PARENT.value());
        assertThat(doc.at("/cadrePosts/0/post").asText()).isEqualTo("monitor");
        assertThat(doc.at("/personalDetails/state").asText()).isEqualTo("PRESENT");
        assertThat(doc.at("/personalDetails/details/mobile").asText()).isEqualTo("13812345678");
        // both of their entries, private ones included: they see all their own
        assertThat(doc.at("/archive/entries")).hasSize(2);
        assertThat(doc.at("/archive/entries/1/entry/title").asText()).isEqualTo("旷课警告");
        assertThat(doc.at("/archive/withheldPastRetention").asInt()).isZero();
        // their post and their reply, not the others'
        JsonNode published = doc.at("/spaces/0/published");
        assertThat(doc.at("/spaces/0/space").asText()).isEqualTo("class:EDU2201");
        assertThat(published).extracting(p -> p.get("kind").asText() + ":" + p.at("/content/body").asText())
                .containsExactly("POST:高数错题整理好了", "REPLY:不客气");
        assertThat(export.jsonText()).doesNotContain("王芳的帖子", "谢谢！", "2022010102");
    }

    @Test
    void theSameCampusGivesTheSameDocumentTwice() {
        assertThat(core.personalData().exportFor(LI).jsonText()).isEqualTo(core.personalData().exportFor(LI_MING).jsonText());
    }

    @Test
    void erasedDetailsAreMarkedErasedWithTheirTime() {
        clock.set(LocalDate.of(2023, 1, 5));
        core.personalData().erase(LI);

        JsonNode details = core.personalData().exportFor(LI).part("personalDetails");

        assertThat(details.get("state").asText()).isEqualTo("ERASED");
        assertThat(details.get("erasedAt").asText()).isEqualTo("2023-01-05T10:00:00Z");
        assertThat(details.has("details")).isFalse();
        assertThat(details.at("/statement/zh").asText()).contains("已于 2023-01-05T10:00:00Z 删除");
    }

    @Test
    void aParentsExportNamesTheirChildAndHasNoStudentRecord() {
        JsonNode doc = core.personalData().exportFor(PARENT).document();

        assertThat(fieldNames(doc)).doesNotContain("student", "archive");
        assertThat(doc.at("/children/0").asText()).isEqualTo(LI_MING.value());
        assertThat(doc.at("/personalDetails/recorded").asBoolean()).isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
