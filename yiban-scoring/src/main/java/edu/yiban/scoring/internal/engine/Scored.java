package edu.yiban.scoring.internal.engine;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.Note;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A node being scored, before its shown parts are known: what both engines (an indicator system's and a rule
 * set's parts) build as they compute, and turn into an {@link Explanation} once the total is rounded, every
 * node's exact parts then rounded by largest remainder so that they add up to its shown score.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Scored {
    /** Shown scores and parts keep two decimals. */
    public static final int SHOWN_SCALE = 2;

    final String code;
    final Bilingual name;
    final BigDecimal weight;
    /** The raw value the node read, if any. */
    public Optional<Measure> raw = Optional.empty();
    /** A leaf's normalised value, counted as a part of its score beside its notes; null for an inner node. */
    public @Nullable BigDecimal normalised;
    /** The node's exact score so far. */
    public BigDecimal score = BigDecimal.ZERO;
    /** The children scored. */
    public final List<Scored> children = new ArrayList<>();
    /** What else changed the score, or is worth reading out. */
    public final List<Draft> notes = new ArrayList<>();

    /** A node {@code code}, named {@code name}, weighing {@code weight} in its parent. */
    public Scored(String code, Bilingual name, BigDecimal weight) {
        this.code = code;
        this.name = name;
        this.weight = weight;
    }

    /** Adds {@code child}, scored, and its weighted score to this node's. */
    public void add(Scored child) {
        children.add(child);
        score = score.add(child.weight.multiply(child.score));
    }

    /** Adds a note; its amount is added to the score. */
    public Draft note(Note.Kind kind, String noteCode, BigDecimal amount, Text text) {
        Draft draft = new Draft(kind, noteCode, amount, text);
        notes.add(draft);
        score = score.add(amount);
        return draft;
    }

    /** This node as the root of a result: its score rounded once, half-up, to two decimals, and its explanation. */
    public Explanation explainRoot() {
        BigDecimal total = score.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
        return explain(score, total, total);
    }

    /**
     * The explanation of this node, given its exact contribution to its parent and that contribution as shown; its
     * own shown score is its score to two decimals ({@code shownScore} for the root, the total).
     */
    public Explanation explain(BigDecimal contribution, BigDecimal contributionShown, BigDecimal shownScore) {
        List<BigDecimal> parts = new ArrayList<>();
        for (Scored child : children) {
            parts.add(child.weight.multiply(child.score));
        }
        for (Draft note : notes) {
            parts.add(note.amount);
        }
        // a leaf's score is its normalised value plus its notes: the value is a part too, shown as itself
        List<BigDecimal> withBase = new ArrayList<>(parts);
        if (normalised != null) {
            withBase.add(normalised);
        }
        List<BigDecimal> shownParts = Shown.largestRemainder(withBase, shownScore);
        List<Explanation> explainedChildren = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            Scored child = children.get(i);
            explainedChildren.add(child.explain(parts.get(i), shownParts.get(i), child.score.setScale(SHOWN_SCALE, RoundingMode.HALF_UP)));
        }
        List<Note> explainedNotes = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            explainedNotes.add(notes.get(i).shown(shownParts.get(children.size() + i)));
        }
        return new Explanation(code, name, raw, Optional.ofNullable(normalised), weight, score, shownScore, contribution, contributionShown,
                explainedChildren, explainedNotes);
    }

    /** A note before its shown amount is known. */
    public static final class Draft {
        final Note.Kind kind;
        final String code;
        /** What the note adds; a veto's is known only once every veto is read. */
        public BigDecimal amount;
        final Text text;

        /** A note of {@code kind} and {@code code}, adding {@code amount}, read as {@code text}; {@link #note} adds it to the score too. */
        public Draft(Note.Kind kind, String code, BigDecimal amount, Text text) {
            this.kind = kind;
            this.code = code;
            this.amount = amount;
            this.text = text;
        }

        /** The note's kind. */
        public Note.Kind kind() {
            return kind;
        }

        /** The note, its amount shown as {@code shown}. */
        public Note shown(BigDecimal shown) {
            return new Note(kind, code, amount, shown, text.render(MessageBundle.ZH), text.render(MessageBundle.EN));
        }
    }
}
