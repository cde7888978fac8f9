package edu.yiban.org.recruitment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Recommendation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static edu.yiban.org.SeedCampus.STATION;
import static edu.yiban.org.SeedCampus.student;
import static edu.yiban.org.SeedCampus.studentNo;

/** The seed's people with the school level founded and staffed, and an empty work station; helpers for recruitment tests. */
final class StationCampus {
    static final CollegeId EDU = CollegeId.of("EDU");
    static final CollegeId MATH = CollegeId.of("MATH");
    static final CollegeId FL = CollegeId.of("FL");

    private StationCampus() {
    }

    /** The seed's people, the school leading group, the centre and an empty station, on the seed charter. */
    static SeedCampus emptyStation() {
        return emptyStation(Charter.seed());
    }

    /** The same, checked against {@code charter}. */
    static SeedCampus emptyStation(Charter charter) {
        SeedCampus seed = SeedCampus.people(LedgerStore.inMemory(), charter);
        seed.foundSchoolLevel();
        seed.appointSchoolLevel();
        return seed;
    }

    /** {@code college} recommends its students {@code students} on {@code day}, ranked in the order given (1 first). */
    static void recommend(SeedCampus seed, LocalDate day, CollegeId college, int... students) {
        for (int i = 0; i < students.length; i++) {
            seed.tree.recommend(new Recommendation(STATION, college, student(college, students[i]), i + 1, day));
        }
    }

    /** Students {@code from..to} of {@code college}. */
    static int[] range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).toArray();
    }

    /** Changes the status of the {@code i}-th student of {@code college} from {@code day}. */
    static void change(SeedCampus seed, CollegeId college, int i, StudentStatus status, LocalDate day) {
        seed.campus.changeStatus(studentNo(college, i), new StatusChange(status, day));
    }

    /** The station's members on {@code day}. */
    static List<Appointed> members(SeedCampus seed, LocalDate day) {
        return seed.tree.at(day).appointments(STATION).stream().filter(a -> a.appointment().position().equals(Position.MEMBER)).toList();
    }

    /** The seed charter with the station's slot of recommended students edited by {@code edit}. */
    static Charter seedCharterWithStationStudents(Consumer<ObjectNode> edit) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Charter.class.getResourceAsStream(Charter.SEED_RESOURCE)) {
            JsonNode root = json.readTree(in);
            for (JsonNode kind : root.get("kinds")) {
                for (JsonNode slot : kind.path("slots")) {
                    if (slot.get("id").asText().equals("station.students")) {
                        edit.accept((ObjectNode) slot);
                    }
                }
            }
            return Charter.fromJson(new ByteArrayInputStream(json.writeValueAsBytes(root)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed preset with {@code target}. */
    static RecruitmentPreset presetWithTarget(int target) {
        return RecruitmentPreset.seed().withTargetSize(target);
    }
}
