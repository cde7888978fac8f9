package edu.yiban.examples.cli;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.Budget;
import edu.yiban.org.budget.BudgetCategory;
import edu.yiban.org.budget.BudgetLine;
import edu.yiban.org.budget.CollegeShare;
import edu.yiban.org.budget.Money;
import edu.yiban.org.budget.YearBudget;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code budget.json}: a year's YiBan budget (易班专项经费, seed §5.3) — the plan by category with what
 * was allocated and what is left, every allocation to the colleges with its standard, weights and
 * shares (exact to the fen, adding up to the amount) and its explanation in both languages, and each
 * college's total.
 */
final class BudgetFile {
    /** The file's format, written in it. */
    static final String FORMAT = "yiban-budget/1";

    private BudgetFile() {
    }

    /** A line of the year's plan. */
    record Line(String category, Bilingual name, Money amount, Money allocated, Money remaining) {
    }

    /** An allocation with its explanation. */
    record Explained(Allocation allocation, List<String> explainZh, List<String> explainEn) {
    }

    /** What a college received in the year, by category and in all. */
    record CollegeTotal(String college, SortedMap<String, Money> byCategory, Money total) {
    }

    /** The year's plan lines with what was allocated from each. */
    static List<Line> lines(Budget budget, YearBudget year) {
        List<Line> lines = new ArrayList<>();
        for (BudgetLine line : year.lines()) {
            Money allocated = budget.allocated(year.year(), line.category());
            BudgetCategory category = budget.preset().category(line.category()).orElseThrow();
            lines.add(new Line(line.category().value(), new Bilingual(category.name(MessageBundle.ZH), category.name(MessageBundle.EN)),
                    line.amount(), allocated, line.amount().minus(allocated)));
        }
        return lines;
    }

    /** Each college's total over {@code allocations}, by college code. */
    static List<CollegeTotal> colleges(List<Allocation> allocations) {
        SortedMap<CollegeId, SortedMap<String, Money>> by = new TreeMap<>();
        for (Allocation a : allocations) {
            for (CollegeShare share : a.shares()) {
                by.computeIfAbsent(share.college(), c -> new TreeMap<>()).merge(a.category().value(), share.amount(), Money::plus);
            }
        }
        List<CollegeTotal> out = new ArrayList<>();
        by.forEach((college, amounts) -> out.add(new CollegeTotal(college.value(), amounts,
                amounts.values().stream().reduce(Money.ZERO, Money::plus))));
        return out;
    }

    /** Writes the file for {@code year}. */
    static void write(Path file, Budget budget, Year year) {
        YearBudget plan = budget.year(year).orElseThrow();
        List<Allocation> allocations = budget.allocations(year);
        List<Line> lines = lines(budget, plan);
        Money allocated = lines.stream().map(Line::allocated).reduce(Money.ZERO, Money::plus);
        List<Explained> explained = new ArrayList<>();
        for (Allocation a : allocations) {
            explained.add(new Explained(a, a.explain(MessageBundle.ZH), a.explain(MessageBundle.EN)));
        }
        try (Writer out = JsonFiles.open(file)) {
            Object[] head = {
                "allocated", allocated,
            };
            Object[] tail = {
                "colleges", colleges(allocations),
                "format", FORMAT,
                "keptByTheSchool", plan.total().minus(allocated),
                "lines", lines,
                "total", plan.total(),
                "year", year.getValue(),
            };
            JsonFiles.writeWithList(out, head, "allocations", explained, tail);
        } catch (IOException e) {
            throw Outputs.cannotWrite(file, e);
        }
    }
}
