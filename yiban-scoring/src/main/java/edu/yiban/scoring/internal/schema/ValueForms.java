package edu.yiban.scoring.internal.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.Department;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.Position;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON forms of the value types that the library's Jackson modules read by their own rules rather than as
 * objects ({@code YibanCoreModule}, {@code YibanOrgModule}, {@code YibanScoringModule}): identifiers, academic
 * years, terms and vocabulary codes are strings ({@code "2022-2023"}, {@code "competition"}), a cohort a whole
 * number, points a number, a visibility an array of audiences, a date an ISO-8601 string. The schema says only
 * the JSON type: the value's own rule (two consecutive years, a code's letters) is the type's to check, with its
 * own message. {@link SchemaGenerator} refuses a record that Jackson reads by a rule of its own unless it is here.
 */
final class ValueForms {
    private static final Set<Class<?>> STRINGS = Set.of(StudentNo.class, StaffNo.class, PersonId.class, CollegeId.class, MajorId.class,
            ClassId.class, AcademicYear.class, TermId.class, StreamId.class, ChainHash.class, Category.class, SourceSystem.class,
            CadrePost.class, EntryRef.class, SpaceId.class, ContentId.class, OrgId.class, OrgKind.class, Position.class, Department.class,
            Office.class, AppointmentRef.class, RoundId.class, RoundPeriod.class);
    private static final Map<Class<?>, String> OTHERS = Map.of(Cohort.class, "integer", Points.class, "number");

    private ValueForms() {
    }

    /** The JSON form of {@code type}, if it is one of the value types read by a rule of its own; a new node each time. */
    static Optional<ObjectNode> of(Class<?> type) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        if (STRINGS.contains(type)) {
            form.put("type", "string");
        } else if (OTHERS.containsKey(type)) {
            form.put("type", OTHERS.get(type));
        } else if (type == LocalDate.class) {
            form.put("type", "string");
            form.put("format", "date");
        } else if (type == Visibility.class) {
            form.put("type", "array");
            var audiences = form.putObject("items").putArray("enum");
            for (Audience audience : Audience.values()) {
                audiences.add(audience.name());
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(form);
    }
}
