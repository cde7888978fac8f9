package edu.yiban.core.privacy;

import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What is past retention (超过保存期限) on a day, by the adopted {@link RetentionPolicy}: archive entries by category, and
 * the people whose sealed personal details are; after {@link PersonalData#applyRetention}, also whose details were
 * erased by it. Archive entries are reported only: the append-only ledger keeps them (docs/privacy.md says why), and
 * subject exports leave them out.
 *
 * @param on       the day
 * @param entries  the archive entries past retention, by category code, each list in order
 * @param details  the people whose personal details are past retention and were still readable, in order
 * @param erased   the people whose details this report's call erased (empty for a listing), in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RetentionReport(LocalDate on, SortedMap<String, List<EntryRef>> entries, List<PersonId> details, List<PersonId> erased) {

    public RetentionReport {
        Objects.requireNonNull(on, "on is null");
        TreeMap<String, List<EntryRef>> copy = new TreeMap<>();
        if (entries != null) {
            entries.forEach((category, refs) -> copy.put(category, refs.stream().sorted().toList()));
        }
        entries = Collections.unmodifiableSortedMap(copy);
        details = details == null ? List.of() : details.stream().sorted().toList();
        erased = erased == null ? List.of() : erased.stream().sorted().toList();
    }

    /** How many archive entries are past retention. */
    public int entryCount() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    /** How many entries of each category are past retention. */
    public SortedMap<String, Integer> countsByCategory() {
        TreeMap<String, Integer> counts = new TreeMap<>();
        entries.forEach((category, refs) -> counts.put(category, refs.size()));
        return Collections.unmodifiableSortedMap(counts);
    }

    /** Whether nothing is past retention. */
    public boolean isEmpty() {
        return entries.isEmpty() && details.isEmpty();
    }

    /** The same report, with {@code people} erased by it. */
    public RetentionReport withErased(List<PersonId> people) {
        return new RetentionReport(on, entries, details, people);
    }

    /** Whether {@code ref} is past retention by this report. */
    public boolean covers(EntryRef ref) {
        for (Map.Entry<String, List<EntryRef>> e : entries.entrySet()) {
            if (Collections.binarySearch(e.getValue(), ref) >= 0) {
                return true;
            }
        }
        return false;
    }
}
