package edu.yiban.importers;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How to read a file: its name (named in every error), its encoding (declared, or detected: valid UTF-8 is UTF-8,
 * anything else GBK), lenient mode (宽松模式: write the good rows, report the rest) and dry run (试运行: write nothing,
 * report what would change).
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.of("2022级花名册.csv").lenient(true);
 * }</pre>
 *
 * @param file    the file's name, for the errors
 * @param charset the declared encoding, or empty to detect it
 * @param lenient whether good rows are written when others are refused
 * @param dryRun  whether to write nothing and only report
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImportOptions(String file, Optional<Charset> charset, boolean lenient, boolean dryRun) {
    public ImportOptions {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(charset, "charset is null");
    }

    /** Strict, written, the encoding detected. */
    public static ImportOptions of(String file) {
        return new ImportOptions(file, Optional.empty(), false, false);
    }

    /** The same, read in {@code charset}. */
    public ImportOptions charset(Charset declared) {
        return new ImportOptions(file, Optional.of(declared), lenient, dryRun);
    }

    /** The same, lenient or not. */
    public ImportOptions lenient(boolean on) {
        return new ImportOptions(file, charset, on, dryRun);
    }

    /** The same, as a dry run or not. */
    public ImportOptions dryRun(boolean on) {
        return new ImportOptions(file, charset, lenient, on);
    }
}
