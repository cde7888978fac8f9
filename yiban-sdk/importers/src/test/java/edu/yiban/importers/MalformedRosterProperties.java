package edu.yiban.importers;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import edu.yiban.sdk.Yiban;
import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a file holds, nothing escapes but {@link ImportException}, and a refused file writes nothing. */
class MalformedRosterProperties {

    @Property(tries = 200)
    void randomBytesAreRefusedWithTheImportErrorAndWriteNothing(@ForAll byte[] bytes) {
        refusedAndUnwritten(bytes);
    }

    @Property(tries = 300)
    void aGoodRosterWithAMalformedTailIsRefusedWholeAndWritesNothing(@ForAll("tails") String tail) {
        refusedAndUnwritten((RosterCsvImporterTest.ROSTER + tail).getBytes(UTF_8));
    }

    @Provide
    Arbitrary<String> tails() {
        Arbitrary<String> junk = Arbitraries.strings().withChars("学号姓名班级,\"\r\n xé2022").ofMaxLength(40);
        return Arbitraries.oneOf(
                junk.map(s -> "\"" + s.replace("\"", "")),                   // a quote that never closes
                junk.map(s -> "2022010301,钱七" + s.replace(",", "").replace("\n", "")), // a truncated row
                junk.map(s -> "2022010101,李明,教育学院,小学教育,2022,EDU2201," + s.replace("\n", "") + ",extra"), // too many cells
                junk.map(s -> "x" + s.replace("\n", "").replace("\r", "").replace("\"", "") + ",,,,,EDU2299,"));
    }

    private static void refusedAndUnwritten(byte[] bytes) {
        Yiban yiban = RosterCsvImporterTest.campus();
        long before = yiban.campus().version();

        Throwable thrown = catchThrowable(() -> new RosterCsvImporter().importRoster(new ByteArrayInputStream(bytes), yiban,
                ImportOptions.of("fuzz.csv")));

        assertThat(thrown).isInstanceOf(ImportException.class);
        assertThat(yiban.campus().version()).isEqualTo(before);
    }
}
