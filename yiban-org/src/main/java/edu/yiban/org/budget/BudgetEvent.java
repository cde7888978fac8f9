package edu.yiban.org.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.access.Access;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Subject;
import edu.yiban.core.ledger.append.RecordCodec;

/** The records of a year's budget stream {@code budget:<year>}. */
sealed interface BudgetEvent {

    /** The year's budget was planned. */
    record YearPlanned(YearBudget budget) implements BudgetEvent {
    }

    /** The year's budget was revised, for {@code reason}. */
    record YearRevised(YearBudget budget, String reason) implements BudgetEvent {
    }

    /** Money of a budget line was allocated to the colleges. */
    record Allocated(Allocation allocation) implements BudgetEvent {
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<BudgetEvent> codec(ObjectMapper mapper, Access access) {
        return RecordCodec.builder(BudgetEvent.class, mapper)
                .admission((stream, event) -> access.check(Action.BUDGET_CHANGE, Subject.campus()))
                .add("budget.year-planned", YearPlanned.class)
                .add("budget.year-revised", YearRevised.class)
                .add("budget.allocated", Allocated.class)
                .build();
    }
}
