package edu.yiban.core.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.validation.YibanValidator;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The hand-written check an import's entries take instead of Bean Validation ({@link ArchiveService#plainlyValid})
 * never lets through an entry Bean Validation would refuse, over entries whose titles, attribute keys and values sit
 * on and past every limit (blank and odd whitespace, 200 and 201 characters, 32 and 33 attributes, keys of every
 * character class and length), some with fields missing.
 */
class PlainEntryCheckProperties {
    private static final YibanValidator VALIDATOR = YibanValidator.core();

    @Provide
    Arbitrary<ArchiveEntry> edgyEntries() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withChars(" \t\n\u3000\u2003\u0085\u00a0a中").ofMinLength(0).ofMaxLength(4),
                Arbitraries.strings().withChars("ab ").ofMinLength(198).ofMaxLength(202),
                Arbitraries.just(null));
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.strings().withChars("aZ9_.-é A").ofMinLength(0).ofMaxLength(4),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(31).ofMaxLength(34),
                Arbitraries.of("level", "Level", "9level", "_x", "a-b.c_D9"));
        Arbitrary<Map<String, String>> attributes = Arbitraries.oneOf(
                Arbitraries.maps(key, text.filter(v -> v != null)).ofMinSize(0).ofMaxSize(3),
                Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6), Arbitraries.just("v"))
                        .ofMinSize(28).ofMaxSize(34));
        return Combinators.combine(CoreArbitraries.entries(), text, attributes, Arbitraries.integers().between(0, 11))
                .as((entry, title, more, missing) -> {
                    ArchiveEntry.Builder b = entry.toBuilder().evidence(null);
                    if (missing % 2 == 0) {
                        b.title(title);
                    }
                    if (missing % 3 == 0) {
                        more.forEach(b::attribute);
                    }
                    switch (missing) {
                        case 1 -> b.date(null);
                        case 2 -> b.term(null);
                        case 3 -> b.recordedBy(null);
                        default -> {
                        }
                    }
                    return b.build();
                });
    }

    @Property(tries = 2000)
    void anEntryTheHandCheckPassesIsOneBeanValidationPasses(@ForAll("edgyEntries") ArchiveEntry entry) {
        boolean plain = ArchiveService.plainlyValid(entry);
        Statistics.label("hand check").collect(plain ? "passes" : "leaves it to Bean Validation");

        if (plain) {
            assertThat(VALIDATOR.violations(entry)).as("Bean Validation of an entry the hand check passed").isEmpty();
        }
    }

    @Property(tries = 300)
    void aGeneratedEntryWithoutEvidenceIsPassedByBoth(@ForAll("plainEntries") ArchiveEntry entry) {
        assertThat(VALIDATOR.violations(entry)).isEmpty();
        assertThat(ArchiveService.plainlyValid(entry)).isTrue();
    }

    @Provide
    Arbitrary<ArchiveEntry> plainEntries() {
        return CoreArbitraries.entries().filter(e -> e.evidence().isEmpty());
    }
}
