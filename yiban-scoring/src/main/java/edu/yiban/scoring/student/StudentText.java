package edu.yiban.scoring.student;

import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A student's result as text a counsellor reads out on appeal (see {@link StudentResult#explain}): the
 * explanation tree, one node a line, indented, with each part's own lines under its points and every
 * note — formula values with their inputs, bonus items with their raw value and source, missing values,
 * caps, floors, vetoes, gates — with its amount as shown.
 */
final class StudentText {
    private static final String INDENT = "  ";

    private StudentText() {
    }

    /** The text of {@code result} in {@code locale}'s language. */
    public static String explain(StudentResult result, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(ScoringMessages.BUNDLE.render(locale, "explain.head", result.student().value(), result.classId().value(),
                result.total().toPlainString())).append('\n');
        node(result, result.result().explanation(), 0, Optional.empty(), locale, out, true);
        if (!result.result().vetoes().isEmpty()) {
            out.append(ScoringMessages.BUNDLE.render(locale, "explain.vetoed", String.join(", ", result.result().vetoes()))).append('\n');
        }
        if (!result.result().failedGates().isEmpty()) {
            out.append(ScoringMessages.BUNDLE.render(locale, "explain.gates", String.join(", ", result.result().failedGates()))).append('\n');
        }
        return out.toString();
    }

    private static void node(StudentResult result, Explanation node, int depth, Optional<String> term, Locale locale, StringBuilder out,
                             boolean root) {
        String name = MessageBundle.choose(locale, node.name().zh(), node.name().en());
        String indent = INDENT.repeat(depth);
        if (root || node.weight().compareTo(BigDecimal.ONE) == 0) {
            out.append(indent).append(ScoringMessages.BUNDLE.render(locale, "explain.node", name, node.scoreShown().toPlainString()));
        } else {
            out.append(indent).append(ScoringMessages.BUNDLE.render(locale, "explain.node.weighted", name, node.scoreShown().toPlainString(),
                    node.weight().stripTrailingZeros().toPlainString(), node.contributionShown().toPlainString()));
        }
        out.append('\n');
        Optional<String> within = term;
        if (result.lines().stream().anyMatch(l -> l.term().map(t -> t.toString().equals(node.code())).orElse(false))) {
            within = Optional.of(node.code());
        }
        for (Note note : node.notes()) {
            out.append(indent).append(INDENT).append(note.message(locale));
            if (note.kind() != Note.Kind.GATE && note.kind() != Note.Kind.MISSING && note.kind() != Note.Kind.POINTS) {
                out.append(ScoringMessages.BUNDLE.render(locale, "explain.amount", signed(note.shown())));
            }
            out.append('\n');
            if (note.kind() == Note.Kind.POINTS) {
                lines(result, node.code(), within, depth + 2, locale, out);
            }
        }
        boolean valued = node.notes().stream().anyMatch(n -> n.kind() == Note.Kind.VALUE);
        node.raw().filter(m -> valued || !m.source().equals(Tally.SOURCE)).ifPresent(m -> out.append(indent).append(INDENT)
                .append(ScoringMessages.BUNDLE.render(locale, "explain.raw", m.value().toPlainString(), m.source(),
                        m.note().map(n -> MessageBundle.choose(locale, n.zh(), n.en())).orElse(""))).append('\n'));
        for (Explanation child : node.children()) {
            node(result, child, depth + 1, within, locale, out, false);
        }
    }

    private static void lines(StudentResult result, String part, Optional<String> term, int depth, Locale locale, StringBuilder out) {
        for (ItemLine line : result.lines(part)) {
            if (term.isPresent() && line.term().map(t -> !t.toString().equals(term.get())).orElse(false)) {
                continue;
            }
            out.append(INDENT.repeat(depth)).append(MessageBundle.choose(locale, line.text().zh(), line.text().en()));
            if (!line.entries().isEmpty()) {
                out.append(ScoringMessages.BUNDLE.render(locale, "explain.entries",
                        line.entries().stream().map(EntryRef::toString).collect(Collectors.joining(", "))));
            }
            out.append('\n');
        }
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() >= 0 ? "+" : "") + amount.toPlainString();
    }
}
