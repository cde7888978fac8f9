package edu.yiban.scoring.college;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences of the colleges' evaluation that are more than one message: joined notes and explanations. */
final class CollegeText {
    private static final String INDENT = "  ";

    private CollegeText() {
    }

    /** {@code parts} joined into one sentence per language. */
    public static Bilingual join(List<Bilingual> parts) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        parts.forEach(p -> {
            zh.add(p.zh());
            en.add(p.en());
        });
        return new Bilingual(String.join(separator(MessageBundle.ZH), zh), String.join(separator(MessageBundle.EN), en));
    }

    private static String separator(Locale locale) {
        return ScoringMessages.BUNDLE.pattern("college.note.separator", locale);
    }

    /** {@link CollegeResult#explain(Locale)}. */
    public static String explain(CollegeResult result, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(ScoringMessages.BUNDLE.render(locale, "college.explain.head", result.college(), result.result().total().toPlainString(),
                result.rank().rank(), result.rank().of(), result.tier().name().in(locale)));
        if (result.demonstrationCentre()) {
            out.append(ScoringMessages.BUNDLE.render(locale, "college.explain.centre"));
        }
        out.append('\n');
        node(result.result().explanation(), INDENT, locale, out);
        return out.toString();
    }

    private static void node(Explanation e, String indent, Locale locale, StringBuilder out) {
        out.append(ScoringMessages.BUNDLE.render(locale, "college.explain.node", indent, e.name().in(locale), e.code(),
                e.weight().toPlainString(), e.scoreShown().toPlainString(), e.contributionShown().toPlainString())).append('\n');
        if (e.raw().isPresent()) {
            Measure m = e.raw().get();
            String asOf = m.asOf().map(d -> ScoringMessages.BUNDLE.render(locale, "college.explain.as-of", d.toString())).orElse("");
            out.append(ScoringMessages.BUNDLE.render(locale, "college.explain.raw", indent + INDENT, m.value().toPlainString(),
                    e.normalised().map(n -> n.toPlainString()).orElse("—"), m.source(), asOf,
                    m.note().map(n -> n.in(locale)).orElse("—"))).append('\n');
        }
        for (Note n : e.notes()) {
            out.append(ScoringMessages.BUNDLE.render(locale, "college.explain.note", indent + INDENT, n.message(locale),
                    n.shown().toPlainString())).append('\n');
        }
        for (Explanation child : e.children()) {
            node(child, indent + INDENT, locale, out);
        }
    }
}
