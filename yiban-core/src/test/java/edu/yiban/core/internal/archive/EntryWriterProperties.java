package edu.yiban.core.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryRecorded;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.append.RecordCodec;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The hand-written writer of an archive entry's record ({@link EntryWriter}) gives the mapper's canonical bytes,
 * byte for byte — what the hash chain covers — over random entries, with text that needs escaping (quotes,
 * backslashes, control characters, Chinese, surrogate pairs), and the record reads back equal.
 */
class EntryWriterProperties {
    private static final ObjectMapper MAPPER = YibanJson.newMapper();
    private static final EntryWriter WRITER = new EntryWriter();
    private static final RecordCodec<ArchiveEvent> CODEC = ArchiveEvent.codec(MAPPER, (stream, event) -> {
    });
    private static final StreamId STREAM = StreamId.of("archive", "2022030117");

    @Provide
    Arbitrary<ArchiveEntry> entries() {
        Arbitrary<String> awkward = Arbitraries.strings().withChars("\"\\/\n\t\u0001\u007f a中\uD83D\uDE00é").ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(CoreArbitraries.entries(), awkward, awkward, Arbitraries.integers().between(0, 3))
                .as((entry, title, value, how) -> switch (how) {
                    case 0 -> entry;
                    case 1 -> entry.toBuilder().title(title).build();
                    default -> entry.toBuilder().title(title).attribute("note", value).build();
                });
    }

    @Property(tries = 2000)
    void theWriterGivesTheMappersBytes(@ForAll("entries") ArchiveEntry entry) {
        EntryRecorded recorded = new EntryRecorded(entry);
        byte[] byHand = WRITER.write(recorded);
        Statistics.label("written").collect(byHand == null ? "by the mapper (evidence, an escape or a surrogate)" : "by hand");

        byte[] byMapper = YibanJson.write(MAPPER, recorded);
        if (byHand != null) {
            assertThat(new String(byHand, StandardCharsets.UTF_8)).isEqualTo(new String(byMapper, StandardCharsets.UTF_8));
            assertThat(byHand).isEqualTo(byMapper);
        }
        // the codec leads with the actor (the app's, outside any scope), then the mapper's fields
        String encoded = new String(CODEC.encode(STREAM, recorded).payload(), StandardCharsets.UTF_8);
        assertThat(encoded).isEqualTo("{\"@by\":{\"app\":true}," + new String(byMapper, StandardCharsets.UTF_8).substring(1));
    }
}
