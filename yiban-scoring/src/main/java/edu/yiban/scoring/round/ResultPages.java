package edu.yiban.scoring.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.round.RoundEvent.ComputationStarted;
import edu.yiban.scoring.round.RoundEvent.ResultsPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static edu.yiban.scoring.internal.ScoringMessages.BUNDLE;

/**
 * A computation's results as bounded records: a {@link ComputationStarted} header, then pages of subjects in
 * subject order, each with its subjects' results, ranks and bands, closed when it holds {@value #MAX_SUBJECTS}
 * subjects or about {@value #MAX_BYTES} bytes of JSON (whichever comes first), so that no record carries a
 * whole campus. Read back, the pages make the same {@link RoundResults} with the same SHA-256.
 */
final class ResultPages {
    /** The most subjects on one page. */
    static final int MAX_SUBJECTS = 100;
    /** About the most bytes of JSON on one page (a page closes once it reaches this). */
    static final int MAX_BYTES = 256 * 1024;
    /** What a rank is counted as, in bytes, when filling a page. */
    private static final int RANK_BYTES = 128;

    private ResultPages() {
    }

    /** The header and pages of computation {@code number} of {@code results}, whose SHA-256 is {@code sha256}. */
    static List<RoundEvent> of(int number, Optional<Integer> appeal, String sha256, RoundResults results, LocalDate date, PersonId by) {
        Map<String, List<Ranked>> ranks = new HashMap<>();
        results.ranks().forEach(r -> ranks.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r));
        List<RoundEvent> pages = new ArrayList<>();
        List<SubjectResult> onPage = new ArrayList<>();
        List<Ranked> ranksOnPage = new ArrayList<>();
        TreeMap<String, Band> bandsOnPage = new TreeMap<>();
        long bytes = 0;
        for (SubjectResult result : results.results()) {
            List<Ranked> its = ranks.getOrDefault(result.subject(), List.of());
            onPage.add(result);
            ranksOnPage.addAll(its);
            results.band(result.subject()).ifPresent(b -> bandsOnPage.put(result.subject(), b));
            bytes += size(result) + (long) RANK_BYTES * its.size();
            if (onPage.size() >= MAX_SUBJECTS || bytes >= MAX_BYTES) {
                pages.add(new ResultsPage(number, pages.size() + 1, List.copyOf(onPage), List.copyOf(ranksOnPage),
                        new TreeMap<>(bandsOnPage), date, by));
                onPage.clear();
                ranksOnPage.clear();
                bandsOnPage.clear();
                bytes = 0;
            }
        }
        if (!onPage.isEmpty() || pages.isEmpty()) {
            pages.add(new ResultsPage(number, pages.size() + 1, List.copyOf(onPage), List.copyOf(ranksOnPage),
                    new TreeMap<>(bandsOnPage), date, by));
        }
        List<RoundEvent> records = new ArrayList<>(pages.size() + 1);
        records.add(new ComputationStarted(number, appeal, sha256, results.results().size(), results.ranks().size(),
                results.bands().size(), pages.size(), results.rules(), date, by));
        records.addAll(pages);
        return records;
    }

    private static int size(SubjectResult result) {
        try {
            return ScoringJson.mapper().writeValueAsBytes(result).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.subject() + " as JSON", e);
        }
    }

    /** The pages of one computation as they are read back, in order. */
    static final class Reading {
        private final RoundId round;
        private final ComputationStarted header;
        private final List<SubjectResult> results = new ArrayList<>();
        private final List<Ranked> ranks = new ArrayList<>();
        private final TreeMap<String, Band> bands = new TreeMap<>();
        private int pages;

        Reading(RoundId round, ComputationStarted header) {
            this.round = round;
            this.header = header;
        }

        ComputationStarted header() {
            return header;
        }

        /** How many pages are in. */
        int pages() {
            return pages;
        }

        /**
         * Takes the next page; the results once the last is in.
         *
         * @throws StoreException when the page is not the next of this computation, or the whole does not
         *                               match the header's counts and SHA-256
         */
        Optional<RoundResults> add(ResultsPage page) {
            if (page.computation() != header.number() || page.page() != pages + 1 || page.page() > header.pages()) {
                throw new StoreException(BUNDLE.text("round.pages.order", round.value(), page.page(), page.computation(), pages + 1,
                        header.pages(), header.number()), null);
            }
            pages++;
            results.addAll(page.results());
            ranks.addAll(page.ranks());
            bands.putAll(page.bands());
            if (pages < header.pages()) {
                return Optional.empty();
            }
            RoundResults whole = new RoundResults(results, ranks, bands, header.rules());
            String sha256 = whole.sha256();
            if (whole.results().size() != header.subjects() || whole.ranks().size() != header.ranks()
                    || whole.bands().size() != header.bands() || !sha256.equals(header.sha256())) {
                throw new StoreException(BUNDLE.text("round.pages.whole", round.value(), header.number(), header.subjects(),
                        header.ranks(), header.bands(), header.sha256(), whole.results().size(), whole.ranks().size(), whole.bands().size(),
                        sha256), null);
            }
            return Optional.of(whole);
        }
    }
}
