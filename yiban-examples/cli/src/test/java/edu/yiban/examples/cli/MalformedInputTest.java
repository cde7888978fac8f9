package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.YibanCore;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Every command fed malformed files and values: exit 2 for what the user gave (1 only for a failed
 * verification), one line on stderr naming the bad thing, no exception name, no "unexpected", no stack
 * trace — in Chinese under {@code --lang zh} and with no Chinese character at all under {@code --lang en}.
 */
class MalformedInputTest {
    private static final List<String> FILE_COMMANDS = List.of("verify", "evaluate", "org-chart", "budget");
    private static final List<String> LANGUAGES = List.of("zh", "en");

    /** A small campus saved once for the whole class, with malformed variants of it beside it. */
    private static final class Files0 {
        static final Files0 ONE = new Files0();
        final Path dir;
        final Path campus;
        final byte[] campusBytes;
        final Path aFile;
        /** Each malformed file and a word its error must name. */
        final Map<Path, String> malformed = new LinkedHashMap<>();
        final Path undecodable;

        private Files0() {
            try {
                dir = Files.createTempDirectory("yiban-malformed-");
                campus = dir.resolve("tiny.json");
                Run demo = Run.en("demo", "--students", "40", "--colleges", "1", "--seed", "3", "--out", dir.resolve("out").toString(),
                        "--save", campus.toString());
                assertThat(demo.exitCode()).as(demo.err()).isZero();
                campusBytes = Files.readAllBytes(campus);
                String text = new String(campusBytes, StandardCharsets.UTF_8);
                aFile = Files.writeString(dir.resolve("a-file"), "x");
                malformed.put(dir.resolve("missing.json"), "missing.json");
                malformed.put(Files.createDirectories(dir.resolve("a-folder.json")), "a-folder.json");
                malformed.put(write("empty.json", ""), "empty.json");
                malformed.put(write("not-json.json", "campus: yes"), "not-json.json");
                malformed.put(write("truncated.json", text.substring(0, text.length() / 2)), "truncated.json");
                malformed.put(write("a-list.json", "[1, 2, 3]"), "a-list.json");
                malformed.put(write("records-not-a-list.json", "{\"format\":\"yiban-campus/1\",\"clock\":\"2023-03-01T01:00:00Z\",\"records\":{}}"),
                        "records");
                malformed.put(write("record-not-an-object.json", "{\"format\":\"yiban-campus/1\",\"clock\":\"2023-03-01T01:00:00Z\",\"records\":[7]}"),
                        "records[0]");
                malformed.put(write("bad-clock.json", "{\"format\":\"yiban-campus/1\",\"clock\":\"yesterday\",\"records\":[]}"), "clock");
                malformed.put(write("other-format.json", "{\"format\":\"yiban-campus/9\",\"clock\":\"2023-03-01T01:00:00Z\",\"records\":[]}"),
                        "yiban-campus/9");
                malformed.put(write("unknown-field.json", text.replaceFirst("\"clock\"", "\"colour\":\"red\",\"clock\"")), "colour");
                malformed.put(write("unknown-record-field.json", text.replaceFirst("\n\\{\"hash\"", "\n{\"colour\":\"red\",\"hash\"")),
                        "records[0].colour");
                malformed.put(write("bad-record-field.json", text.replaceFirst("\"sequence\":1,", "\"sequence\":\"first\",")),
                        "records[0].sequence");
                Path gbk = dir.resolve("gbk.json");
                Files.write(gbk, "{\"format\":\"易班校园\",\"clock\":\"2023-03-01T01:00:00Z\",\"records\":[]}".getBytes(Charset.forName("GBK")));
                malformed.put(gbk, "UTF-8");
                undecodable = undecodable(dir.resolve("undecodable.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path write(String name, String text) throws IOException {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        }

        /** The campus with one more directory record whose chain is intact but whose payload is no directory event. */
        private Path undecodable(Path file) {
            SavedCampus.Contents contents = SavedCampus.load(campus, Locale.ENGLISH);
            // written through the store, as a tool holding it could: the ledger lets no app append to the library's streams
            LedgerStore store = SavedCampus.replay(contents);
            StreamId directory = StreamId.of("directory");
            long version = store.version(directory);
            ChainHash head = store.read(directory, version, 1).get(0).hash();
            store.append(directory, version, PendingRecord.chain(head, directory, version, contents.clock(),
                    List.of(new RecordDraft("directory.term-declared", "{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8)))));
            SavedCampus.save(file, YibanCore.readLedger(store), contents.clock());
            return file;
        }
    }

    /** Runs {@code args} as {@code main} would, in the language they ask for. */
    private static Run run(String... args) {
        return Run.of(Cli.languageOf(args), args);
    }

    private static String[] with(String language, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--lang";
        all[args.length + 1] = language;
        return all;
    }

    /** One line on stderr, naming each of {@code names}, clean of exception text, in {@code language} alone. */
    private static void assertOneCleanLine(Run run, String language, String... names) {
        String err = run.err();
        assertThat(run.errLines()).as(err).hasSize(1);
        assertThat(err).contains(names).doesNotContain("Exception", "unexpected", "意外", "\tat ", "Caused by");
        boolean chinese = err.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        assertThat(chinese).as("Chinese in: %s", err).isEqualTo(language.equals("zh"));
    }

    @Test
    void everyMalformedFileExitsTwoWithOneLineNamingIt() {
        Files0 files = Files0.ONE;
        for (String command : FILE_COMMANDS) {
            for (Map.Entry<Path, String> bad : files.malformed.entrySet()) {
                for (String language : LANGUAGES) {
                    Run run = run(with(language, command, bad.getKey().toString()));

                    assertThat(run.exitCode()).as("%s %s: %s", command, bad.getKey().getFileName(), run.err()).isEqualTo(2);
                    assertThat(run.out()).as("%s %s", command, bad.getKey()).isEmpty();
                    assertOneCleanLine(run, language, bad.getKey().getFileName().toString(), bad.getValue());
                }
            }
        }
    }

    @Test
    void aRecordWhoseChainHoldsButWhosePayloadDoesNotDecodeExitsTwoNamingTheRecord() {
        Files0 files = Files0.ONE;
        for (String command : List.of("evaluate", "org-chart", "budget")) {
            for (String language : LANGUAGES) {
                Run run = run(with(language, command, files.undecodable.toString()));

                assertThat(run.exitCode()).as("%s: %s", command, run.err()).isEqualTo(2);
                assertOneCleanLine(run, language, "undecodable.json", "directory", "directory.term-declared", "yiban demo --save");
            }
        }
        // verify checks the chains, which hold; it does not decode payloads
        Run verify = run(with("en", "verify", files.undecodable.toString()));
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }

    @Test
    void everyBadValueExitsTwoWithOneLineNamingIt() {
        Files0 files = Files0.ONE;
        String campus = files.campus.toString();
        // each bad command line, and what its error must name
        Map<List<String>, List<String>> bad = new LinkedHashMap<>();
        bad.put(List.of("demo", "--students", "many"), List.of("--students", "many"));
        bad.put(List.of("demo", "--students", "5"), List.of("--students", "5"));
        bad.put(List.of("demo", "--colleges", "99"), List.of("--colleges", "99"));
        bad.put(List.of("demo", "--seed", "x"), List.of("--seed", "x"));
        bad.put(List.of("demo", "--plugin-faults", "ignore"), List.of("--plugin-faults", "ignore"));
        bad.put(List.of("demo", "--studnets", "600"), List.of("--studnets"));
        bad.put(List.of("evaluate", campus, "--term", "autumn"), List.of("--term", "autumn", "2022-2023-1"));
        bad.put(List.of("evaluate", campus, "--term", "2030-2031-1"), List.of("2030-2031-1", "2022-2023-1"));
        bad.put(List.of("evaluate", campus, "--plugin-faults", "ignore"), List.of("--plugin-faults", "ignore"));
        bad.put(List.of("org-chart", campus, "--format", "svg"), List.of("--format", "svg"));
        bad.put(List.of("org-chart", campus, "--date", "2023-13-01"), List.of("--date", "2023-13-01"));
        bad.put(List.of("budget", campus, "--year", "20x"), List.of("--year", "20x"));
        bad.put(List.of("budget", campus, "--year", "1999"), List.of("1999", "2023"));
        bad.put(List.of("budget", campus, "--what-if", "lottery"), List.of("lottery", "equal-share"));
        bad.put(List.of("budget", campus, "--what-if", "equal-share", "--amount", "-5"), List.of("--amount", "-5"));
        bad.put(List.of("budget", campus, "--what-if", "equal-share", "--amount", "1.234"), List.of("--amount", "1.234"));
        bad.put(List.of("budget", campus, "--what-if", "base-plus-per-capita", "--base-fraction", "1.5"), List.of("--base-fraction", "1.5"));
        bad.put(List.of("budget", campus, "--base-fraction", "0.5"), List.of("--base-fraction", "0.5", "--what-if"));
        bad.put(List.of("budget", campus, "--amount", "5000"), List.of("--amount", "5000", "--what-if"));
        bad.put(List.of("verify"), List.of("FILE"));
        bad.put(List.of("verify", campus, "extra.json"), List.of("extra.json"));
        bad.put(List.of("report"), List.of("report"));
        bad.forEach((args, names) -> {
            for (String language : LANGUAGES) {
                Run run = run(with(language, args.toArray(String[]::new)));

                assertThat(run.exitCode()).as("%s: %s", args, run.err()).isEqualTo(2);
                assertThat(run.out()).as("%s", args).isEmpty();
                assertOneCleanLine(run, language, names.toArray(String[]::new));
            }
        });
    }

    @Test
    void anUnknownLanguageExitsTwoForEveryCommand() {
        String campus = Files0.ONE.campus.toString();
        for (String command : List.of("demo", "verify", "evaluate", "org-chart", "budget")) {
            for (Locale system : List.of(MessageBundle.ZH, MessageBundle.EN)) {
                List<String> args = new ArrayList<>(List.of(command));
                if (!command.equals("demo")) {
                    args.add(campus);
                }
                args.addAll(List.of("--lang", "fr"));
                Run run = Run.of(system, args.toArray(String[]::new));

                assertThat(run.exitCode()).as(command).isEqualTo(2);
                assertOneCleanLine(run, system.getLanguage(), "--lang", "fr");
            }
        }
    }

    @Test
    void aFailedWriteNamesThePathAndTheSystemsReason() throws IOException {
        Files0 files = Files0.ONE;
        String campus = files.campus.toString();
        Path underAFile = files.aFile.resolve("chart.dot");
        Map<List<String>, Map<String, String>> writes = new LinkedHashMap<>();
        writes.put(List.of("org-chart", campus, "--output", underAFile.toString()), Map.of("en", "not a directory", "zh", "不是目录"));
        writes.put(List.of("org-chart", campus, "--output", files.dir.toString()), Map.of("en", "is a directory", "zh", "是目录"));
        writes.put(List.of("budget", campus, "--out", files.aFile.resolve("sub").toString()), Map.of("en", "not a directory", "zh", "不是目录"));
        writes.put(List.of("evaluate", campus, "--out", files.aFile.toString()), Map.of("en", "it is a file", "zh", "它是文件"));
        writes.put(List.of("demo", "--out", files.aFile.resolve("out").toString()), Map.of("en", "not a directory", "zh", "不是目录"));
        if (Files.isWritable(Path.of("/dev/full"))) {
            writes.put(List.of("org-chart", campus, "--output", "/dev/full"), Map.of("en", "no space left on device", "zh", "设备上没有剩余空间"));
        }
        writes.forEach((args, reasons) -> {
            for (String language : LANGUAGES) {
                Run run = run(with(language, args.toArray(String[]::new)));
                String path = args.get(args.size() - 1);

                assertThat(run.exitCode()).as("%s: %s", args, run.err()).isEqualTo(2);
                assertOneCleanLine(run, language, path, reasons.get(language));
                // the reason is said once, not the path given twice as Java's messages do
                assertThat(run.err().indexOf(path)).isEqualTo(run.err().lastIndexOf(path));
            }
        });
    }

    @Test
    void aFileThatCannotBeReadNamesTheSystemsReason() throws IOException {
        Path locked = Files.write(Files0.ONE.dir.resolve("locked.json"), Files0.ONE.campusBytes);
        if (!locked.toFile().setReadable(false, false) || Files.isReadable(locked)) {
            return; // run as root, who reads everything: nothing to see here
        }
        Run run = run(with("en", "verify", locked.toString()));
        assertThat(run.exitCode()).isEqualTo(2);
        assertOneCleanLine(run, "en", "locked.json", "permission denied");
    }

    /**
     * Any one byte of a saved campus changed: the command ends 0 (a change that JSON does not see, such as
     * one blank for another), 1 (a broken hash chain) or 2 (a file that is no longer a saved campus), and
     * when it fails it says so in one line with no exception text.
     */
    @Property(tries = 25)
    void anyChangedByteOfASavedCampusEndsInOneCleanLine(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int where,
                                                       @ForAll byte value, @ForAll boolean chinese) throws IOException {
        Files0 files = Files0.ONE;
        byte[] bytes = files.campusBytes.clone();
        int at = where % bytes.length;
        bytes[at] = value;
        Path changed = Files.createTempFile(files.dir, "changed-", ".json");
        Files.write(changed, bytes);
        String language = chinese ? "zh" : "en";

        Run run = run(with(language, "org-chart", changed.toString()));

        assertThat(run.exitCode()).as("byte %d set to %d: %s", at, value, run.err()).isIn(0, 1, 2);
        if (run.exitCode() != 0) {
            assertOneCleanLine(run, language, changed.getFileName().toString());
        }
        Files.delete(changed);
    }
}
