package edu.yiban.examples.cli;

import edu.yiban.core.access.AccessDeniedException;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.Actor;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.Money;
import edu.yiban.org.budget.YearBudget;
import edu.yiban.scoring.college.CollegeReport;
import edu.yiban.scoring.college.CollegeResult;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.round.PublicityWindow;
import edu.yiban.scoring.round.Round;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.plugin.PluginInfo;
import edu.yiban.sdk.Yiban;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The summary a person reads in the terminal: tables of what the job did, every word from the bundles. */
final class Summary {
    private static final int LABEL = 34;
    private final PrintWriter out;
    private final Locale locale;

    Summary(PrintWriter out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return Cli.TEXT.render(locale, key, args);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private void heading(String key, Object... args) {
        out.println();
        out.println(t(key, args));
    }

    private void row(String key, String value) {
        out.println("  " + Terminal.pad(t(key), LABEL) + Terminal.padLeft(value, 14));
    }

    /** The demo's summary. */
    void demo(Yiban yiban, MainJob.Outcome o, Path folder, Path saved, String stored, double seconds) {
        CampusDirectory campus = yiban.campus();
        out.println(t("demo.title", o.spec().seed()));
        heading("demo.campus");
        row("demo.colleges", count(campus.colleges().size()));
        row("demo.classes", count(campus.classes().size()));
        row("demo.students", count(campus.students().size()));
        row("demo.people", count(campus.people().size()));
        heading("demo.organisation", yiban.organisation().presets().charter().id());
        row("demo.units", count(yiban.organisation().tree().at(SyntheticCampus.TERM_END).units().size()));
        row("demo.appointments", count(yiban.organisation().tree().at(SyntheticCampus.TERM_END).appointments().size()));
        row("demo.station", count(o.organisation().stationStudents.size()));
        row("demo.violations", count(o.violations().size()));
        ClassSpaceSimulation.Tally s = o.spaces();
        heading("demo.spaces", count(campus.classes().size()));
        row("demo.joined", count(s.joined));
        row("demo.verifiedNames", count(s.verified));
        row("demo.posts", count(s.posts) + " / " + count(s.replies));
        row("demo.votes", count(s.polls) + " / " + count(s.votes));
        row("demo.activities", count(s.activities) + " / " + count(s.signIns));
        heading("demo.archives");
        o.archiveEntries().forEach((source, n) -> row("source." + source, count(n)));
        students(o.students().results(), o.awards(), yiban.scoring().awards());
        colleges(campus, o.colleges());
        rounds(List.of(o.studentRound(), o.collegeRound()));
        budget(yiban.organisation().budget().year(MainJob.BUDGET_YEAR).orElseThrow(),
                yiban.organisation().budget().allocations(MainJob.BUDGET_YEAR), campus);
        verification(o.verification());
        access(yiban.core().access().policy(), o.actors(), o.refusal());
        plugins(yiban.plugins());
        pluginWork(yiban, o.students().results(), folder);
        faults(yiban.faults());
        out.println();
        List<String> files = new ArrayList<>(List.of(Outputs.REPORT, Outputs.EVALUATION, Outputs.COLLEGES, Outputs.BUDGET,
                Outputs.DOT, Outputs.MERMAID));
        if (Files.isRegularFile(folder.resolve(DemoPlugins.OUTBOX))) {
            files.add(DemoPlugins.OUTBOX);
        }
        out.println(t("demo.files", folder, String.join(", ", files)));
        if (saved != null) {
            out.println(t("demo.saved", saved));
        }
        if (stored != null) {
            out.println(t("demo.stored", stored));
        }
        List<String> steps = new ArrayList<>();
        o.millis().forEach((step, ms) -> steps.add(t("demo.step", t("step." + step), String.format(Locale.ROOT, "%.1f", ms / 1000.0))));
        out.println(t("demo.took", String.format(Locale.ROOT, "%.1f", seconds), String.join(t("demo.stepSeparator"), steps)));
    }

    /** The students' evaluation: how many, the mean, vetoes, the bands and the awards. */
    void students(StudentResults results, AwardOutcome awards, AwardPolicy policy) {
        heading("demo.evaluation", results.period().toString());
        List<StudentResult> all = results.results();
        BigDecimal sum = BigDecimal.ZERO;
        int vetoed = 0;
        int ineligible = 0;
        int incomplete = 0;
        for (StudentResult r : all) {
            sum = sum.add(r.total());
            vetoed += r.result().vetoed() ? 1 : 0;
            ineligible += r.result().eligible() ? 0 : 1;
            incomplete += r.result().complete() ? 0 : 1;
        }
        row("demo.evaluated", count(all.size()));
        row("demo.incomplete", count(incomplete));
        row("demo.mean", all.isEmpty() ? "-" : sum.divide(BigDecimal.valueOf(all.size()), 2, RoundingMode.HALF_UP).toPlainString());
        row("demo.vetoed", count(vetoed) + " / " + count(ineligible));
        List<AwardPolicy.Level> levels = new ArrayList<>(policy.bands().levels());
        levels.add(policy.bands().otherwise());
        for (AwardPolicy.Level level : levels) {
            long n = awards.standings().stream().filter(st -> level.code().equals(st.band())).count();
            out.println("  " + Terminal.pad(t("demo.band", level.name().in(locale)), LABEL) + Terminal.padLeft(count(n), 14));
        }
        for (AwardPolicy.Award award : policy.awards()) {
            out.println("  " + Terminal.pad(award.name().in(locale), LABEL) + Terminal.padLeft(count(awards.recipients(award.code()).size()), 14));
        }
    }

    /** The colleges' ranking with their five indicators and the demonstration centres. */
    void colleges(CampusDirectory campus, CollegeReport report) {
        heading("demo.colleges.title", report.from().toString(), report.to().toString());
        List<String> header = new ArrayList<>(List.of(t("table.rank"), t("table.college")));
        if (!report.results().isEmpty()) {
            report.results().get(0).result().explanation().children().forEach(n -> header.add(n.name().in(locale)));
        }
        header.addAll(List.of(t("table.total"), t("table.tier"), t("table.centre")));
        boolean[] right = new boolean[header.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = i == 0 || (i >= 2 && i < header.size() - 2);
        }
        Table table = new Table(header, right);
        for (CollegeResult r : report.results()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.rank().sharedRank()), name(campus, r.college())));
            for (Explanation node : r.result().explanation().children()) {
                row.add(node.scoreShown().toPlainString());
            }
            row.addAll(List.of(r.result().total().toPlainString(), r.tier().name().in(locale), r.demonstrationCentre() ? "★" : ""));
            table.row(row);
        }
        table.print(out, 2);
        List<String> chosen = report.demonstration().chosen().stream().map(c -> name(campus, c)).toList();
        out.println("  " + (chosen.isEmpty() ? report.demonstration().shortfall().map(b -> b.in(locale)).orElse(t("demo.noCentres"))
                : t("demo.centres", String.join(", ", chosen), report.demonstration().rule().threshold().toPlainString())));
    }

    /** Each round's state, publicity window and final hash. */
    void rounds(List<Round> rounds) {
        heading("demo.rounds");
        for (Round round : rounds) {
            String window = lastPublicity(round).orElse("-");
            String hash = round.finalisation().map(f -> f.sha256().substring(0, 12)).orElse("-");
            out.println("  " + t("demo.round", round.id().value(), t("round.state." + round.state()), window,
                    round.finalisation().map(f -> f.date().toString()).orElse("-"), hash));
        }
    }

    /** A year's plan and what each college was allocated. */
    void budget(YearBudget year, List<Allocation> allocations, CampusDirectory campus) {
        Money allocated = allocations.stream().map(Allocation::amount).reduce(Money.ZERO, Money::plus);
        heading("demo.budget", year.year().getValue(), year.total().toString(), allocated.toString());
        List<String> header = new ArrayList<>(List.of(t("table.college"), t("table.students")));
        allocations.forEach(a -> header.add(a.category().value()));
        header.add(t("table.total"));
        boolean[] right = new boolean[header.size()];
        for (int i = 1; i < right.length; i++) {
            right[i] = true;
        }
        Table table = new Table(header, right);
        for (BudgetFile.CollegeTotal total : BudgetFile.colleges(allocations)) {
            List<String> row = new ArrayList<>(List.of(name(campus, total.college())));
            int students = allocations.isEmpty() ? 0 : allocations.get(0).share(CollegeId.of(total.college())).map(sh -> sh.students()).orElse(0);
            row.add(count(students));
            for (Allocation a : allocations) {
                row.add(total.byCategory().getOrDefault(a.category().value(), Money.ZERO).toString());
            }
            row.add(total.total().toString());
            table.row(row);
        }
        table.print(out, 2);
        for (Allocation a : allocations) {
            out.println("  " + a.explain(locale).get(0));
        }
    }

    /** The ledger's verification. */
    void verification(VerificationReport report) {
        out.println();
        if (report.ok()) {
            out.println(t("demo.verified", count(report.records()), count(report.streams().size())));
        } else {
            out.println(t("demo.broken", count(report.breaks().size())));
            for (ChainBreak b : report.breaks()) {
                out.println("  " + b.message(locale));
            }
        }
    }

    /**
     * The access policy in force, with who wrote the ledger's records by their {@code "@by"}, and the refusal the demo
     * met: two lines.
     */
    private void access(AccessPolicy policy, MainJob.Actors actors, AccessDeniedException refusal) {
        List<String> by = new ArrayList<>();
        actors.systems().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> by.add(t("demo.actor", Actor.system(e.getKey()).label().render(locale), count(e.getValue()))));
        by.add(t("demo.actor.people", count(actors.persons()), count(actors.people())));
        by.add(t("demo.actor", Actor.app().label().render(locale), count(actors.app())));
        if (actors.unknown() > 0) {
            by.add(t("demo.actor.unknown", count(actors.unknown())));
        }
        out.println(t("demo.access", count(policy.grants().size()), count(policy.rules().size()), String.join(t("demo.stepSeparator"), by)));
        out.println(t("demo.refused", Cli.oneLine(refusal.message(locale)), refusal.code()));
    }

    /** What the example plugins did in the demo: the students given the volunteer bonus, the notices written. */
    private void pluginWork(Yiban yiban, StudentResults results, Path folder) {
        if (yiban.plugins().stream().anyMatch(p -> p.id().equals(DemoPlugins.VOLUNTEER))) {
            long given = results.results().stream()
                    .filter(r -> r.result().explanation().find(DemoPlugins.VOLUNTEER_BONUS)
                            .map(bonus -> bonus.contributionShown().signum() > 0).orElse(false))
                    .count();
            out.println("  " + t("plugins.volunteer", DemoPlugins.VOLUNTEER, count(given)));
        }
        Path outbox = folder.resolve(DemoPlugins.OUTBOX);
        if (yiban.plugins().stream().anyMatch(p -> p.id().equals(DemoPlugins.NOTIFIER)) && Files.isRegularFile(outbox)) {
            try (Stream<String> lines = Files.lines(outbox)) {
                out.println("  " + t("plugins.notices", DemoPlugins.NOTIFIER, count(lines.count()), DemoPlugins.OUTBOX));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Every plugin fault the runtime met, once each (an evaluation run again by a round meets the same one
     * again): which plugin, which indicator or listener, which student or all of them, and why — nothing
     * when there was none.
     */
    void faults(List<PluginFault> faults) {
        Set<PluginFault> distinct = new LinkedHashSet<>(faults);
        if (distinct.isEmpty()) {
            return;
        }
        heading("faults.heading", count(distinct.size()));
        for (PluginFault fault : distinct) {
            out.println("  " + t("faults.one", Cli.oneLine(fault.message(locale))));
        }
    }

    /** The plugins the runtime loaded, and where each came from. */
    void plugins(List<PluginInfo> plugins) {
        if (plugins.isEmpty()) {
            out.println(t("plugins.none"));
            return;
        }
        out.println(t("plugins.found", plugins.size()));
        for (PluginInfo p : plugins) {
            out.println("  " + t("plugins.one", p.id(), p.version(), p.source()));
        }
    }

    private String name(CampusDirectory campus, String code) {
        return Cli.collegeName(campus, code, locale);
    }

    /** The dates of the last publicity window of {@code round} (withdrawn or not), if it was publicised. */
    static Optional<String> lastPublicity(Round round) {
        if (round.publicity().isEmpty()) {
            return Optional.empty();
        }
        PublicityWindow last = round.publicity().get(round.publicity().size() - 1);
        return Optional.of(last.from() + " – " + last.until());
    }
}
