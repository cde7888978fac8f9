package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.EDU2201;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.S3;
import static edu.yiban.core.space.Campus.S4;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SpaceConcurrencyTest {
    private final Campus campus = new Campus("2022-10-10T09:00");

    @Test
    void membersPostingAtOnceEachGetTheirOwnContentIdAndTheChainHolds() throws Exception {
        Space space = campus.classSpaceWithStudents();
        PersonId[] authors = {S1, S2, S3, S4};
        ExecutorService pool = Executors.newFixedThreadPool(authors.length);
        List<Future<List<ContentId>>> futures = new ArrayList<>();
        for (PersonId author : authors) {
            futures.add(pool.submit(() -> {
                List<ContentId> mine = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    mine.add(space.post(author, Post.of("帖子 " + i)));
                }
                return mine;
            }));
        }
        List<ContentId> all = new ArrayList<>();
        for (Future<List<ContentId>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(200).doesNotHaveDuplicates();
        assertThat(space.posts()).extracting(Published::id).containsExactlyInAnyOrderElementsOf(all);
        LocalDate today = LocalDate.of(2022, 10, 10);
        assertThat(space.metrics(today, today).posts()).isEqualTo(200);
        assertThat(campus.ledger.verify(space.id().stream()).ok()).isTrue();
    }

    @Test
    void anotherInstanceWritingToTheSameStoreIsCaughtUpOnTheNextWrite() {
        Space here = campus.spaces.openForClass(EDU2201);
        Space there = campus.reopened().ofClass(EDU2201);

        there.join(S1);
        here.join(S2);

        assertThat(here.members()).extracting(Member::person).contains(S1, S2);
        assertThat(here.version()).isEqualTo(campus.ledger.version(here.id().stream()));
        assertThat(campus.ledger.verify(here.id().stream()).ok()).isTrue();
    }
}
