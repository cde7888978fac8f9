package edu.yiban.examples.cli;

import edu.yiban.core.access.AccessGrant;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.Action;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo campus's access policy (访问策略): the seed's preset ({@link AccessPolicy#seed()}) and two grants for what the
 * campus's systems feed into the archives beyond it. Its academic affairs office also records subject competitions,
 * teaching practice and CET certificates (学科竞赛、教育实习、四六级证书), which the seed leaves to student affairs, and
 * the YiBan platform records the posts held on its own work station (工作站任职), where the seed lets it record
 * activities only. A campus would change its copy of the seed's JSON the same way.
 */
final class DemoPolicy {
    /** The grants the demo adds to the seed's. */
    static final List<AccessGrant> ADDED = List.of(
            new AccessGrant("academic-affairs-records-competitions-practice-and-certificates", false, false, Set.of(),
                    Set.of(SourceSystem.ACADEMIC_AFFAIRS), Set.of(), Set.of(Action.ARCHIVE_RECORD),
                    Set.of(Category.COMPETITION, Category.INTERNSHIP, Category.CERTIFICATE)),
            new AccessGrant("yiban-platform-records-work-station-posts", false, false, Set.of(), Set.of(SourceSystem.YIBAN), Set.of(),
                    Set.of(Action.ARCHIVE_RECORD), Set.of(Category.POST)));

    private DemoPolicy() {
    }

    /** The seed's grants, then the demo's. */
    static AccessPolicy policy() {
        List<AccessGrant> grants = new ArrayList<>(AccessPolicy.seed().grants());
        grants.addAll(ADDED);
        return AccessPolicy.of(grants);
    }
}
