package edu.yiban.core;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * Archive columns that hand every call to others; a race test overrides the read after which a writer is
 * to change the archives, and runs it there with a {@link OneWrite}.
 */
public class DelegatingColumns implements ArchiveColumns {
    private final ArchiveColumns columns;

    public DelegatingColumns(ArchiveColumns columns) {
        this.columns = columns;
    }

    @Override
    public List<TermId> terms() {
        return columns.terms();
    }

    @Override
    public TermColumns term(TermId term) {
        return columns.term(term);
    }

    @Override
    public List<TermColumns> snapshot(List<TermId> terms) {
        return columns.snapshot(terms);
    }

    @Override
    public int studentCount() {
        return columns.studentCount();
    }

    @Override
    public StudentNo student(int index) {
        return columns.student(index);
    }

    @Override
    public OptionalInt indexOf(StudentNo student) {
        return columns.indexOf(student);
    }

    @Override
    public Category category(int code) {
        return columns.category(code);
    }

    @Override
    public OptionalInt codeOf(Category category) {
        return columns.codeOf(category);
    }

    @Override
    public SortedMap<String, String> attributes(int id) {
        return columns.attributes(id);
    }

    @Override
    public long rows() {
        return columns.rows();
    }

    @Override
    public long bytes() {
        return columns.bytes();
    }
}
