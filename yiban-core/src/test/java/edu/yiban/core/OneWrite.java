package edu.yiban.core;

/**
 * Another thread's write, placed by a race test at an exact moment: a delegate (a {@link DelegatingDirectory},
 * {@link DelegatingColumns}, a listener) passes the result of the read it intercepts through {@link #after},
 * which runs the armed writer once, when that read has returned and before the code under test goes on.
 *
 * <pre>{@code
 * OneWrite write = new OneWrite(() -> campus.declareTerm(spring));
 * CampusDirectory racing = new DelegatingDirectory(campus) {
 *     public List<Term> terms() { return write.after(super.terms()); }
 * };
 * ...
 * assertThat(write.done()).as("the term was declared meanwhile").isTrue();
 * }</pre>
 */
public final class OneWrite {
    private Runnable writer;
    private boolean done;

    /** Not armed yet: {@link #after} runs nothing until {@link #arm}. */
    public OneWrite() {
    }

    /** Armed with {@code writer}. */
    public OneWrite(Runnable writer) {
        arm(writer);
    }

    /** Runs {@code writer} at the next {@link #after}. */
    public void arm(Runnable writer) {
        this.writer = writer;
    }

    /** Runs the armed writer, if one is armed and has not run, then hands back {@code read}. */
    public <T> T after(T read) {
        Runnable once = writer;
        writer = null;
        if (once != null) {
            done = true;
            once.run();
        }
        return read;
    }

    /** Whether the writer has run: a race test asserts it, or it proved nothing. */
    public boolean done() {
        return done;
    }
}
