package edu.yiban.examples.cli;

import edu.yiban.core.access.Access;
import edu.yiban.core.access.Actor;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.org.tree.Department;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The growth archive entries (成长档案) other campus systems feed in for the term, class by class as
 * one import each: grades from the academic affairs office (教务), the physical test, awards, posts held
 * and sanctions from student affairs (学工), volunteer hours from the youth league (团委), and activity
 * records from YiBan itself. Attribute values are those the example rule set reads (level, prize, hours
 * …); no points are recorded, the rules give them. Each system writes its own entries, acting as itself
 * ({@link Actor#system}). A student's entries are drawn in one order across the systems and kept in it, so that
 * each keeps its place in the archive ({@code 2022010001#7}): a class's import goes in phases, the n-th run of
 * one system's entries of every student in phase n, one batch a system.
 */
final class ArchiveFeed {
    private static final LocalDate GRADES_DAY = SyntheticCampus.TERM_END.minusDays(5);
    private static final LocalDate FITNESS_DAY = LocalDate.of(2022, 10, 20);

    private final GrowthArchives archives;
    private final Access access;
    private final SyntheticCampus campus;
    private final SeedOrganisation organisation;
    private final Dice root;
    private final Map<String, Long> bySource = new TreeMap<>();
    private final Map<PersonId, String> studentPosts = new HashMap<>();

    ArchiveFeed(GrowthArchives archives, Access access, SyntheticCampus campus, SeedOrganisation organisation, CampusSpec spec) {
        this.archives = archives;
        this.access = access;
        this.campus = campus;
        this.organisation = organisation;
        this.root = new Dice(spec.seed()).derive("archives");
        organisation.stationStudents.forEach(p -> studentPosts.put(p, "station-member"));
        studentPosts.put(organisation.stationHead, "station-head");
        organisation.subStations.values().forEach(list -> list.forEach(p -> studentPosts.putIfAbsent(p, "sub-station-member")));
    }

    /** Entries recorded so far, by source system code. */
    Map<String, Long> bySource() {
        return bySource;
    }

    /** Records the term's entries of every student of {@code plan}'s class, as one import per source system, acting as that system. */
    void feed(SyntheticCampus.ClassPlan plan) {
        Dice dice = root.derive(plan.id().value());
        Map<CadrePost, StudentNo> cadres = campus.cadres.get(plan.id());
        Map<StudentNo, List<List<ArchiveEntry>>> runs = new LinkedHashMap<>();
        for (StudentNo student : plan.students()) {
            List<ArchiveEntry> entries = new ArrayList<>();
            double ability = dice.gaussian(0, 1);
            grades(entries, dice, ability);
            fitness(entries, dice, plan.counsellor());
            volunteering(entries, dice);
            honours(entries, dice, ability, plan.counsellor());
            competitions(entries, dice, ability, student);
            posts(entries, student, cadres, plan.counsellor());
            activities(entries, dice);
            if (plan.cohort().entryYear() == SyntheticCampus.COHORTS.get(0) && dice.chance(0.25)) {
                entries.add(entry(dice.dayInTerm(), Category.INTERNSHIP, "教育实习（" + plan.college().value() + "实习基地）",
                        SourceSystem.ACADEMIC_AFFAIRS, staff(Department.ACADEMIC_AFFAIRS), Visibility.FAMILY).build());
            }
            if (dice.chance(0.12)) {
                entries.add(entry(LocalDate.of(2022, 12, 17), Category.CERTIFICATE, "全国大学英语四级考试合格",
                        SourceSystem.ACADEMIC_AFFAIRS, staff(Department.ACADEMIC_AFFAIRS), Visibility.PUBLIC)
                        .attribute("certificate", "cet-4").build());
            }
            sanction(entries, dice, ability, plan.counsellor());
            runs.put(student, runs(entries));
            entries.forEach(e -> bySource.merge(e.source().code(), 1L, Long::sum));
        }
        for (Map.Entry<StudentNo, List<List<ArchiveEntry>>> student : runs.entrySet()) {
            for (List<ArchiveEntry> run : student.getValue()) {
                access.actingAs(Actor.system(run.get(0).source()), () -> archives.recordAll(Map.of(student.getKey(), run)));
            }
        }
    }

    /** {@code entries} as runs of one source system each, in their order. */
    private static List<List<ArchiveEntry>> runs(List<ArchiveEntry> entries) {
        List<List<ArchiveEntry>> runs = new ArrayList<>();
        for (ArchiveEntry e : entries) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).source().equals(e.source())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(e);
        }
        return runs;
    }

    private void grades(List<ArchiveEntry> entries, Dice dice, double ability) {
        for (int c = 0; c < CampusData.COURSES.size(); c++) {
            String course = CampusData.COURSES.get(c);
            int score = (int) Math.round(Math.max(30, Math.min(100, dice.gaussian(81 + 6 * ability, 6))));
            ArchiveEntry.Builder grade = entry(GRADES_DAY, Category.ACADEMIC, null, SourceSystem.ACADEMIC_AFFAIRS,
                    staff(Department.ACADEMIC_AFFAIRS), Visibility.FAMILY)
                    .attribute("course", "C" + (c + 1)).attribute("credits", CampusData.CREDITS.get(c));
            if (c == CampusData.COURSES.size() - 1) {
                String word = CampusData.GRADE_WORDS.get(score >= 90 ? 0 : score >= 80 ? 1 : score >= 70 ? 2 : score >= 60 ? 3 : 4);
                grade.attribute("grade", word).title(course + "：" + word);
            } else {
                grade.attribute("score", Integer.toString(score)).title(course + "：" + score + "分");
            }
            entries.add(grade.build());
        }
    }

    private void fitness(List<ArchiveEntry> entries, Dice dice, PersonId counsellor) {
        int roll = dice.nextInt(100);
        String result = roll < 15 ? "excellent" : roll < 50 ? "good" : roll < 92 ? "pass" : "fail";
        String word = roll < 15 ? "优秀" : roll < 50 ? "良好" : roll < 92 ? "及格" : "不及格";
        entries.add(entry(FITNESS_DAY, Category.PHYSICAL_TEST, "国家学生体质健康测试：" + word, SourceSystem.STUDENT_AFFAIRS,
                counsellor, Visibility.FAMILY).attribute("result", result).build());
    }

    private void volunteering(List<ArchiveEntry> entries, Dice dice) {
        int times = dice.nextInt(5);
        for (int i = 0; i < times; i++) {
            int halfHours = dice.between(4, 24);
            String hours = halfHours % 2 == 0 ? Integer.toString(halfHours / 2) : (halfHours / 2) + ".5";
            entries.add(entry(dice.dayInTerm(), Category.VOLUNTEER, "社区志愿服务 " + hours + " 小时", SourceSystem.YOUTH_LEAGUE,
                    staff(Department.YOUTH_LEAGUE), Visibility.FAMILY).attribute("hours", hours).build());
        }
    }

    private void honours(List<ArchiveEntry> entries, Dice dice, double ability, PersonId counsellor) {
        if (!dice.chance(0.04 + 0.05 * Math.max(0, ability))) {
            return;
        }
        int roll = dice.nextInt(100);
        String level = roll < 55 ? "college" : roll < 85 ? "school" : roll < 97 ? "provincial" : "national";
        String title = switch (level) {
            case "college" -> "院级优秀学生干部";
            case "school" -> "校级三好学生";
            case "provincial" -> "省级优秀志愿者";
            default -> "国家级大学生年度人物提名";
        };
        entries.add(entry(LocalDate.of(2022, 12, 1), Category.AWARD, title, SourceSystem.STUDENT_AFFAIRS, counsellor, Visibility.PUBLIC)
                .attribute("level", level).build());
    }

    private void competitions(List<ArchiveEntry> entries, Dice dice, double ability, StudentNo student) {
        if (!dice.chance(0.03 + 0.04 * Math.max(0, ability))) {
            return;
        }
        int roll = dice.nextInt(100);
        String level = roll < 60 ? "school" : roll < 92 ? "provincial" : "national";
        String prize = dice.pick(List.of("first", "second", "third", "third"));
        int team = dice.chance(0.5) ? 1 : dice.between(2, 4);
        ArchiveEntry.Builder entry = entry(LocalDate.of(2022, 11, 26), Category.COMPETITION, "学科竞赛获奖（" + level + "/" + prize + "）",
                SourceSystem.ACADEMIC_AFFAIRS, staff(Department.ACADEMIC_AFFAIRS), Visibility.PUBLIC)
                .attribute("level", level).attribute("prize", prize).attribute("project", "P" + student.value().substring(0, 6));
        if (team > 1) {
            entry.attribute("teamSize", Integer.toString(team)).attribute("place", Integer.toString(dice.between(1, team)));
        }
        entries.add(entry.build());
    }

    private void posts(List<ArchiveEntry> entries, StudentNo student, Map<CadrePost, StudentNo> cadres, PersonId counsellor) {
        PersonId person = PersonId.of(student.value());
        for (Map.Entry<CadrePost, StudentNo> cadre : cadres.entrySet()) {
            if (cadre.getValue().equals(student)) {
                String post = cadre.getKey().equals(CadrePost.MONITOR) || cadre.getKey().equals(CadrePost.LEAGUE_SECRETARY)
                        ? cadre.getKey().code() : "committee";
                entries.add(entry(SyntheticCampus.TERM_END, Category.POST, "班委任职（" + cadre.getKey().code() + "）",
                        SourceSystem.STUDENT_AFFAIRS, counsellor, Visibility.FAMILY).attribute("post", post)
                        .attribute("from", SyntheticCampus.TERM_START.toString()).attribute("to", SyntheticCampus.TERM_END.toString()).build());
            }
        }
        String post = studentPosts.get(person);
        if (post != null) {
            LocalDate from = post.equals("sub-station-member") ? SeedOrganisation.FOUNDED : SeedOrganisation.RECRUITED;
            entries.add(entry(SyntheticCampus.TERM_END, Category.POST, "易班工作站任职（" + post + "）", SourceSystem.YIBAN,
                    staff(Department.NETWORK_CENTRE), Visibility.FAMILY).attribute("post", post)
                    .attribute("from", from.toString()).attribute("to", SyntheticCampus.TERM_END.toString()).build());
        }
    }

    private void activities(List<ArchiveEntry> entries, Dice dice) {
        if (dice.chance(0.12)) {
            String level = dice.chance(0.8) ? "school" : "provincial";
            entries.add(entry(dice.dayInTerm(), Category.ACTIVITY, "校园文化艺术节演出", SourceSystem.YIBAN, staff(Department.NETWORK_CENTRE),
                    Visibility.PUBLIC).attribute("kind", "arts").attribute("level", level).build());
        }
        if (dice.chance(0.35)) {
            entries.add(entry(dice.dayInTerm(), Category.ACTIVITY, "宿舍劳动周", SourceSystem.YIBAN, staff(Department.NETWORK_CENTRE),
                    Visibility.FAMILY).attribute("kind", "labour").build());
        }
    }

    private void sanction(List<ArchiveEntry> entries, Dice dice, double ability, PersonId counsellor) {
        if (!dice.chance(ability < -1 ? 0.03 : 0.004)) {
            return;
        }
        int roll = dice.nextInt(100);
        String level = roll < 60 ? "warning" : roll < 85 ? "serious-warning" : roll < 95 ? "demerit" : "probation";
        String title = switch (level) {
            case "warning" -> "警告处分（无故旷课）";
            case "serious-warning" -> "严重警告处分（考试违纪）";
            case "demerit" -> "记过处分（考试作弊）";
            default -> "留校察看处分";
        };
        entries.add(entry(dice.dayInTerm(), Category.DISCIPLINE, title, SourceSystem.STUDENT_AFFAIRS, counsellor, Visibility.CAMPUS)
                .attribute("level", level).build());
    }

    private PersonId staff(Department department) {
        return campus.staff.get(department);
    }

    private static ArchiveEntry.Builder entry(LocalDate day, Category category, String title, SourceSystem source, PersonId by,
                                              Visibility visibility) {
        ArchiveEntry.Builder b = ArchiveEntry.builder().date(day).term(SyntheticCampus.TERM).category(category).source(source)
                .recordedBy(by).visibility(visibility);
        return title == null ? b : b.title(title);
    }
}
