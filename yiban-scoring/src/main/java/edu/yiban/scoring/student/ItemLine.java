package edu.yiban.scoring.student;

import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.TermId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One line of a student's points (加减分明细), as a counsellor reads it out on appeal (申诉): a base score,
 * an item from an archive entry with its arithmetic, an item that did not count and why, a total over
 * several entries (volunteer hours, a peer rating), a default, or a cap or floor. The lines of a part add up
 * exactly to that part's points ({@code points.moral} …) in the result's explanation.
 *
 * @param part      the code of the part the points count in
 * @param kind      what the line is
 * @param code      the rule's or limit's code ({@code base} for a base score)
 * @param category  the archive category, for items and category limits
 * @param term      the term, for items and term limits
 * @param entries   the archive entries it comes from ({@code 学号#序号}), in recording order
 * @param points    the points it adds (negative when it takes), exact
 * @param text      the line for people, with its arithmetic
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ItemLine(
        String part,
        Kind kind,
        String code,
        Optional<Category> category,
        Optional<TermId> term,
        List<EntryRef> entries,
        BigDecimal points,
        Bilingual text) {

    /** What a line is. */
    public enum Kind {
        /** 基础分: the part's base score. */
        BASE,
        /** The part's default, counted because no entry gave it a line (a 心理 part with no record counts 100). */
        DEFAULT,
        /** 加分 or 扣分 from one entry. */
        ITEM,
        /** An entry that counts 0: lower in its group, no table row, no points recorded, no part (with the reason). */
        NOT_COUNTED,
        /** Points from several entries at once: hours in bands, a peer rating. */
        AGGREGATE,
        /** 封顶: points above a cap taken off. */
        CAP,
        /** 保底: points below a floor added. */
        FLOOR
    }

    public ItemLine {
        Objects.requireNonNull(part, "part is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(code, "code is null");
        category = category == null ? Optional.empty() : category;
        term = term == null ? Optional.empty() : term;
        entries = List.copyOf(entries);
        Objects.requireNonNull(points, "points is null");
        Objects.requireNonNull(text, "text is null");
    }
}
