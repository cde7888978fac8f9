package edu.yiban.scoring.internal.formula;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The functions (函数) a formula may call, each with how many arguments it takes and how it is written. */
enum Builtin {
    MIN("min", 2, Integer.MAX_VALUE, "min(a, b, …)"),
    MAX("max", 2, Integer.MAX_VALUE, "max(a, b, …)"),
    ABS("abs", 1, 1, "abs(x)"),
    CLAMP("clamp", 3, 3, "clamp(x, lo, hi)"),
    IF("if", 3, 3, "if(condition, a, b)"),
    ROUND("round", 2, 2, "round(x, n)"),
    FLOOR("floor", 2, 2, "floor(x, n)"),
    CEIL("ceil", 2, 2, "ceil(x, n)");

    /** The names, in the order above, as a person reads them in a message. */
    static final String NAMES = Arrays.stream(values()).map(b -> b.word).collect(Collectors.joining(", "));

    final String word;
    final int least;
    final int most;
    final String signature;

    Builtin(String word, int least, int most, String signature) {
        this.word = word;
        this.least = least;
        this.most = most;
        this.signature = signature;
    }

    /** The function called {@code name}, if any. */
    static Optional<Builtin> named(String name) {
        return Arrays.stream(values()).filter(b -> b.word.equals(name)).findFirst();
    }

    /** Whether it takes {@code count} arguments. */
    boolean takes(int count) {
        return count >= least && count <= most;
    }
}
