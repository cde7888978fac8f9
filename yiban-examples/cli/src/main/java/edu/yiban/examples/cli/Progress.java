package edu.yiban.examples.cli;

import java.io.PrintWriter;

/**
 * A progress bar for the long steps, drawn on the error stream and redrawn in place, only when a person
 * watches a console: piped or redirected runs (and tests) get nothing, so no file ever holds a bar.
 *
 * <pre>{@code
 * Progress.Step step = progress.start(label, classes.size());
 * for (...) { ...; step.advance(); }
 * step.done();
 * }</pre>
 */
final class Progress {
    private static final int WIDTH = 28;
    private final PrintWriter err;
    private final boolean live;

    private Progress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** A bar on {@code err}, drawn when {@code live}. */
    static Progress on(PrintWriter err, boolean live) {
        return new Progress(err, live);
    }

    /** A bar on {@code err}, drawn when the JVM has a console. */
    static Progress onConsole(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    /** Starts a step of {@code total} units named {@code label}. */
    Step start(String label, int total) {
        Step step = new Step(label, Math.max(1, total));
        step.draw();
        return step;
    }

    /** One step under way. */
    final class Step {
        private final String label;
        private final int total;
        private int done;
        private int drawn = -1;

        private Step(String label, int total) {
            this.label = label;
            this.total = total;
        }

        /** One more unit done. */
        void advance() {
            done = Math.min(total, done + 1);
            draw();
        }

        /** The step is over: the bar is drawn full and the line ended. */
        void done() {
            done = total;
            draw();
            if (live) {
                err.print('\n');
                err.flush();
            }
        }

        private void draw() {
            if (!live) {
                return;
            }
            int filled = (int) ((long) done * WIDTH / total);
            int percent = (int) ((long) done * 100 / total);
            if (percent == drawn) {
                return;
            }
            drawn = percent;
            err.print("\r" + Terminal.pad(label, 26) + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                    + String.format(java.util.Locale.ROOT, "%3d%%", percent));
            err.flush();
        }
    }
}
