package edu.yiban.scoring.student;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation's pass over the archives' compact columns: one loop over a term's rows, with what each
 * (category, attribute set) counts as compiled once and kept by attribute-set id — no object per entry.
 * One feed serves one evaluation (its caches follow one rule book).
 */
final class ColumnFeed implements EntryFeed {
    private static final byte UNKNOWN = 0;
    private static final byte READ = 1;
    private static final byte SKIPPED = 2;

    private final ArchiveColumns columns;
    /** The period's terms, all taken at one moment: an entry corrected into another term meanwhile counts once. */
    private final Map<TermId, TermColumns> taken = new HashMap<>();
    private Compiled[] compiled = new Compiled[256];
    private int[] compiledCategory = filled(256);
    private byte[] categories = new byte[16];

    ColumnFeed(ArchiveColumns columns) {
        this.columns = columns;
    }

    @Override
    public void period(List<TermSpan> terms) {
        List<TermId> ids = terms.stream().map(TermSpan::id).toList();
        List<TermColumns> snapshots = columns.snapshot(ids);
        for (int i = 0; i < ids.size(); i++) {
            taken.put(ids.get(i), snapshots.get(i));
        }
    }

    @Override
    public void term(TermSpan term, boolean inPeriod, Map<StudentNo, Tally> tallies, RuleBook book) {
        TermColumns rows = taken.remove(term.id());
        if (rows == null) {
            throw new IllegalStateException("term " + term.id() + " was not among the period's terms");
        }
        // counted after the snapshot, so every row's student is below it; a student whose archive opens
        // meanwhile is interned past it and has no row in this snapshot
        int students = columns.studentCount();
        Tally[] byIndex = new Tally[students];
        tallies.forEach((student, tally) -> columns.indexOf(student).ifPresent(i -> {
            if (i < students) {
                byIndex[i] = tally;
            }
        }));
        int size = rows.size();
        for (int row = 0; row < size; row++) {
            if (!rows.effective(row)) {
                continue;
            }
            Tally tally = byIndex[rows.student(row)];
            if (tally == null) {
                continue;
            }
            int category = rows.category(row);
            if (!reads(category, book)) {
                continue;
            }
            Compiled compiled = compiled(category, rows.attributes(row), book);
            if (inPeriod || (compiled instanceof Compiled.Item item && item.prorate() != null)) {
                tally.add(rows.sequence(row), rows.dimension(row), rows.points(row), compiled);
            }
        }
    }

    private boolean reads(int category, RuleBook book) {
        if (category >= categories.length) {
            categories = Arrays.copyOf(categories, Math.max(category + 1, categories.length * 2));
        }
        if (categories[category] == UNKNOWN) {
            categories[category] = book.reads(columns.category(category)) ? READ : SKIPPED;
        }
        return categories[category] == READ;
    }

    /** What the attribute set {@code id} of {@code category} counts as; an attribute set seen with another category is compiled again. */
    private Compiled compiled(int category, int id, RuleBook book) {
        if (id >= compiled.length) {
            int grown = Math.max(id + 1, compiled.length * 2);
            compiled = Arrays.copyOf(compiled, grown);
            int[] categoriesOf = filled(grown);
            System.arraycopy(compiledCategory, 0, categoriesOf, 0, compiledCategory.length);
            compiledCategory = categoriesOf;
        }
        if (compiledCategory[id] != category) {
            compiled[id] = book.compile(columns.category(category), columns.attributes(id));
            compiledCategory[id] = category;
        }
        return compiled[id];
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }
}
