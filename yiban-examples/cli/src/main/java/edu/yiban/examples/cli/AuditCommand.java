package edu.yiban.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.access.Actor;
import edu.yiban.core.access.AuditEntry;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.FaultPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban audit FILE|URL --student NO | --by PERSON_ID | --system CODE}: who wrote what, and when (审计), from the
 * {@code "@by"} that leads every record of a saved campus or a campus in a database ({@link CampusSource}). It prints one
 * line a record, oldest first — the time on the campus's clock ({@link SimulationClock#ZONE}), the actor, the stream and
 * sequence, the type and the content (cut to {@value #CONTENT_COLUMNS} columns unless {@code --full}) — and a count; with
 * {@code --json}, a JSON array of the records instead. Like {@code evaluate}, it verifies every chain first and only reads.
 *
 * <pre>{@code
 * yiban audit campus.json --student 2022010001
 * yiban audit campus.json --by T00002 --json
 * yiban audit jdbc:h2:file:/srv/yiban/campus --system academic-affairs
 * }</pre>
 *
 * <p>Exit codes: 0 the records printed (none is no failure); 1 a broken chain; 2 bad usage: a student the campus does not
 * know, a malformed number or code, a missing or malformed campus.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class AuditCommand implements Callable<Integer> {
    /** The columns a record's content takes on its line, unless {@code --full}. */
    static final int CONTENT_COLUMNS = 100;
    private static final int ACTOR_COLUMNS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "param.campus")
    private String source;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Whose whose;

    @Option(names = "--full", descriptionKey = "option.full")
    private boolean full;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Mixin
    private DatabaseLogin login;

    /** Whose records: one of the three. */
    static final class Whose {
        @Option(names = "--student", paramLabel = "NO", required = true, descriptionKey = "option.auditStudent")
        String student;

        @Option(names = "--by", paramLabel = "PERSON_ID", required = true, descriptionKey = "option.auditBy")
        String person;

        @Option(names = "--system", paramLabel = "CODE", required = true, descriptionKey = "option.auditSystem")
        String system;
    }

    @Override
    public Integer call() {
        Locale locale = language.locale();
        try (CampusSource campus = CampusSource.open(source, login, locale)) {
            return audit(campus, locale);
        }
    }

    private int audit(CampusSource campus, Locale locale) {
        try (Yiban yiban = campus.runtime(locale, FaultPolicy.FAIL)) {
            List<AuditEntry> entries;
            String count;
            if (whose.student != null) {
                StudentNo student = parsed(() -> StudentNo.of(whose.student), "--student", whose.student);
                if (yiban.campus().student(student).isEmpty()) {
                    throw new Cli.Problem(Cli.USAGE, "audit.studentUnknown", campus.name(), student.value());
                }
                entries = yiban.core().audit().about(student);
                count = Cli.TEXT.render(locale, "audit.count.student", Summary.count(entries.size()), student.value());
            } else if (whose.person != null) {
                PersonId person = parsed(() -> PersonId.of(whose.person), "--by", whose.person);
                entries = yiban.core().audit().by(person);
                count = Cli.TEXT.render(locale, "audit.count.by", Summary.count(entries.size()), Actor.of(person).label().render(locale));
            } else {
                Actor system = Actor.system(parsed(() -> SourceSystem.of(whose.system), "--system", whose.system));
                entries = yiban.core().audit().by(system);
                count = Cli.TEXT.render(locale, "audit.count.by", Summary.count(entries.size()), system.label().render(locale));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonFiles.json(asJson(entries)));
            } else {
                entries.forEach(e -> out.println(line(e, locale)));
                out.println(count);
            }
            out.flush();
            return Cli.OK;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw campus.undecodable(e); // a record read only now, when a projection first needs it
        }
    }

    /** {@code make}'s identifier, or bad usage naming {@code option} and what was given. */
    private static <T> T parsed(Supplier<T> make, String option, String given) {
        try {
            return make.get();
        } catch (RuntimeException e) {
            throw new Cli.Problem(Cli.USAGE, "usage.value", option, given);
        }
    }

    /** One record on one line: time, actor, stream#sequence, type, content. */
    private String line(AuditEntry e, Locale locale) {
        String time = LocalDateTime.ofInstant(e.at(), SimulationClock.ZONE).format(TIME);
        String where = e.stream().value() + "#" + e.sequence();
        return time + "  " + Terminal.pad(actor(e, locale), ACTOR_COLUMNS) + " " + where + "  " + e.type() + "  "
                + (full ? e.content() : cut(e.content(), CONTENT_COLUMNS));
    }

    /** How a person reads the actor of {@code e}. */
    private static String actor(AuditEntry e, Locale locale) {
        return e.actor().map(a -> a.label().render(locale)).orElseGet(() -> Cli.TEXT.render(locale, "audit.actorUnknown"));
    }

    /** {@code text} cut to {@code columns} terminal columns, ending in … when cut. */
    static String cut(String text, int columns) {
        if (Terminal.width(text) <= columns) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int w = Terminal.width(new String(Character.toChars(c)));
            if (used + w > columns - 1) {
                break;
            }
            kept.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return kept.append('…').toString();
    }

    /** The records as a JSON array: each with its time, actor (as in the record, and its labels), stream, sequence, type and content. */
    private static ArrayNode asJson(List<AuditEntry> entries) {
        ArrayNode array = JsonFiles.MAPPER.createArrayNode();
        for (AuditEntry e : entries) {
            ObjectNode o = array.addObject();
            o.put("at", e.at().toString());
            if (e.actor().isPresent()) {
                Actor a = e.actor().get();
                ObjectNode actor = o.putObject("actor");
                if (a.isApp()) {
                    actor.put("app", true);
                }
                a.person().ifPresent(p -> actor.put("person", p.value()));
                a.source().ifPresent(s -> actor.put("source", s.code()));
                actor.putObject("label").put("en", a.label().en()).put("zh", a.label().zh());
            } else {
                o.putNull("actor");
            }
            o.put("stream", e.stream().value());
            o.put("sequence", e.sequence());
            o.put("type", e.type());
            o.set("content", content(e.content()));
        }
        return array;
    }

    private static JsonNode content(String content) {
        try {
            return JsonFiles.MAPPER.readTree(content);
        } catch (IOException e) {
            return JsonFiles.MAPPER.getNodeFactory().textNode(content);
        }
    }
}
