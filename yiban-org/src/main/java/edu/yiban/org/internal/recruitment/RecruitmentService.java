package edu.yiban.org.internal.recruitment;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.org.internal.tree.AppointmentBatch;
import edu.yiban.org.internal.tree.TreeService;
import edu.yiban.org.recruitment.RecruitmentPreset;
import edu.yiban.org.recruitment.Selection;
import edu.yiban.org.recruitment.StationRecruitment;
import edu.yiban.org.tree.OrgId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Station recruitment on the organisation tree: plans with {@link StationPlanner}, checks and writes through the tree's batch. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RecruitmentService implements StationRecruitment {
    private final TreeService tree;
    private final RecruitmentPreset preset;
    private final StationPlanner planner;

    public RecruitmentService(TreeService tree, CampusDirectory directory, RecruitmentPreset preset) {
        this.tree = tree;
        this.preset = OrgMessages.validator().check(preset);
        this.planner = new StationPlanner(directory, tree.charter(), preset);
    }

    @Override
    public RecruitmentPreset preset() {
        return preset;
    }

    @Override
    public Selection preview(OrgId station, LocalDate day) {
        return run(station, requireDate(day), Optional.empty(), false);
    }

    @Override
    public Selection select(OrgId station, LocalDate day) {
        return run(station, requireDate(day), Optional.empty(), true);
    }

    @Override
    public Selection previewRotation(OrgId station, LocalDate termEnd) {
        return run(station, requireDate(termEnd).plusDays(1), Optional.of(termEnd), false);
    }

    @Override
    public Selection rotate(OrgId station, LocalDate termEnd) {
        return run(station, requireDate(termEnd).plusDays(1), Optional.of(termEnd), true);
    }

    private Selection run(OrgId station, LocalDate day, Optional<LocalDate> termEnd, boolean write) {
        if (station == null) {
            throw OrgChecks.invalid("station", "check.station");
        }
        AppointmentBatch.Outcome<Selection> outcome = tree.planAndWrite(station, day, view -> planner.plan(view, station, termEnd), write);
        Selection planned = outcome.result();
        if (!write) {
            return planned;
        }
        List<Selection.Chosen> chosen = new ArrayList<>();
        for (int i = 0; i < planned.chosen().size(); i++) {
            chosen.add(planned.chosen().get(i).appointed(outcome.appointed().get(i)));
        }
        return new Selection(planned.station(), planned.day(), true, planned.seats(), planned.departures(), chosen, planned.passed());
    }

    private static LocalDate requireDate(LocalDate day) {
        if (day == null) {
            throw OrgChecks.invalid("date", "check.date");
        }
        return day;
    }
}
