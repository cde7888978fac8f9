package edu.yiban.org.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.id.CollegeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Allocations from many threads are all kept, numbered once, and add up; a second budget over the same
 * store that has fallen behind catches up on its next write.
 */
class BudgetConcurrencyTest {
    private static final Year Y2023 = Year.of(2023);
    private static final BudgetCategoryId AWARDS = BudgetCategoryId.of("awards");

    @Test
    void allocationsFromManyThreadsAreAllKeptAndABudgetThatFellBehindCatchesUp() throws Exception {
        LedgerStore store = LedgerStore.inMemory();
        YibanCore core = Colleges.campus(store, 40, 30, 20);
        Budget first = Budget.open(core, BudgetPreset.seed());
        first.planYear(new YearBudget(Y2023, Money.of("400000"), List.of(BudgetLine.of("awards", "400000"))));
        Budget second = Budget.open(core, BudgetPreset.seed());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Allocation>> made = new ArrayList<>();
        try {
            for (int i = 0; i < 80; i++) {
                made.add(pool.submit(() -> first.allocate(
                        new AllocationRequest(Y2023, AWARDS, Money.of("100.01"), LocalDate.of(2023, 5, 4)), AllocationPolicies.perStudent())));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Allocation> f : made) {
                assertThat(f.get().amounts().values().stream().mapToLong(Money::fen).sum()).isEqualTo(10_001);
                numbers.add(f.get().number());
            }
            // each caller is handed the allocation it made, not one made meanwhile
            assertThat(numbers).doesNotHaveDuplicates().hasSize(80);
        } finally {
            pool.shutdown();
        }

        // opened before the 80 allocations, the second budget has seen none of them: its write conflicts, catches up, and comes 81st
        Allocation late = second.allocate(new AllocationRequest(Y2023, AWARDS, Money.of("100.01"), LocalDate.of(2023, 5, 5)),
                AllocationPolicies.equalShare());

        assertThat(late.number()).isEqualTo(81);
        Budget reopened = Budget.open(core, BudgetPreset.seed());
        assertThat(reopened.allocations(Y2023)).extracting(Allocation::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 81).boxed().toList());
        assertThat(reopened.allocated(Y2023, AWARDS)).isEqualTo(Money.of("8100.81"));
        assertThat(second.allocations(Y2023)).isEqualTo(reopened.allocations(Y2023));
        assertThat(core.verify().ok()).isTrue();
    }

    /**
     * A policy weighing the colleges runs before the budget's lock: while one (a plugin's, say) is stuck, the
     * budget answers reads and takes other allocations; when it fails, nothing is kept.
     */
    @Test
    void aStuckOrFailingPolicyHoldsUpNoOtherAllocationOrRead() throws Exception {
        YibanCore core = Colleges.campus(LedgerStore.inMemory(), 40, 30, 20);
        Budget budget = Budget.open(core, BudgetPreset.seed());
        budget.planYear(new YearBudget(Y2023, Money.of("400000"), List.of(BudgetLine.of("awards", "400000"))));
        CountDownLatch weighing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AllocationPolicy stuck = new AllocationPolicy() {
            @Override
            public String id() {
                return "stuck";
            }

            @Override
            public String name() {
                return "卡住的插件策略";
            }

            @Override
            public String nameEn() {
                return "a stuck plugin policy";
            }

            @Override
            public Map<CollegeId, BigDecimal> weights(AllocationContext context) {
                weighing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the plugin's data source did not answer");
            }
        };
        AllocationRequest request = new AllocationRequest(Y2023, AWARDS, Money.of("100.00"), LocalDate.of(2023, 5, 4));
        CompletableFuture<Allocation> stuckAllocation = CompletableFuture.supplyAsync(() -> budget.allocate(request, stuck));
        try {
            assertThat(weighing.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Allocation> other = CompletableFuture.supplyAsync(() -> budget.allocate(request, AllocationPolicies.equalShare()));
            assertThat(other.get(30, TimeUnit.SECONDS).number()).isEqualTo(1);
            assertThat(CompletableFuture.supplyAsync(() -> budget.allocated(Y2023, AWARDS)).get(30, TimeUnit.SECONDS))
                    .isEqualTo(Money.of("100.00"));
        } finally {
            release.countDown();
        }
        assertThatThrownBy(() -> stuckAllocation.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IllegalStateException.class).hasMessage("the plugin's data source did not answer");
        assertThat(budget.allocations(Y2023)).extracting(Allocation::number).containsExactly(1);
        assertThat(core.verify().ok()).isTrue();
    }
}
